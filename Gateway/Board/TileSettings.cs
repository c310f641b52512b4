namespace GridActors.Gateway.Board;

/// <summary>The coordinate system a tile server draws in. The grids are stored in WGS 84; CGCS2000
/// differs from it by centimetres, so it is drawn as WGS 84; GCJ-02 (the offset system of Chinese
/// commercial maps) needs the overlays shifted onto it.</summary>
public enum TileCoordinates { Wgs84, Cgcs2000, Gcj02 }

/// <summary>The section <c>GridActors:Board:Tiles</c>: an optional tile layer under the board's map.
/// Without <c>Url</c> the map draws the grids on a plain ground.</summary>
public sealed class TileSettings
{
    public const string Section = "GridActors:Board:Tiles";

    /// <summary>A Leaflet URL template, e.g. <c>https://tiles.example/{z}/{x}/{y}.png</c>.</summary>
    public string? Url { get; set; }
    public string Attribution { get; set; } = "";
    public TileCoordinates CoordinateSystem { get; set; } = TileCoordinates.Wgs84;
    public int MaxZoom { get; set; } = 18;

    /// <summary>The configured tiles, or null for none; a start with a faulty section stops naming the key.</summary>
    public static TileSettings? FromConfiguration(IConfiguration configuration)
    {
        TileSettings? settings;
        try { settings = configuration.GetSection(Section).Get<TileSettings>(); }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{Section}: {e.Message} ({Section}:CoordinateSystem is one of {string.Join(", ", Enum.GetNames<TileCoordinates>())})", e);
        }
        if (string.IsNullOrWhiteSpace(settings?.Url)) return null;
        if (!settings.Url.Contains("{z}", StringComparison.Ordinal) || !settings.Url.Contains("{x}", StringComparison.Ordinal) || !settings.Url.Contains("{y}", StringComparison.Ordinal))
            throw new InvalidOperationException($"{Section}:Url must be a URL template with {{z}}, {{x}} and {{y}}");
        if (settings.MaxZoom is < 0 or > 22)
            throw new InvalidOperationException($"{Section}:MaxZoom is a zoom level from 0 to 22");
        return settings;
    }
}
