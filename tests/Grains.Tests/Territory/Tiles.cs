using GridActors.Territory;
using System.Globalization;

namespace GridActors.Tests.Territory;

/// <summary>Hand-made GeoJSON for the import tests: square grids of 0.001° on a lattice near Wujin, so a
/// test can say "the grid at column 2, row 1" and know its area.</summary>
public static class Tiles
{
    public const double West = 119.95;
    public const double South = 31.70;
    public const double Size = 0.001;
    public const string Village = "320412101001";

    /// <summary>The local equirectangular area of a lon/lat rectangle, for expected values.</summary>
    public static double SquareMetres(double widthDegrees, double heightDegrees, double latitude)
    {
        const double metresPerDegree = 6_371_008.8 * Math.PI / 180;
        return widthDegrees * metresPerDegree * Math.Cos(latitude * Math.PI / 180) * heightDegrees * metresPerDegree;
    }

    public static string Collection(params string[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    public static string Feature(string code, string geometry, string type = "community", string? extra = null) =>
        $$"""{"type":"Feature","properties":{"code":"{{code}}","name":"第{{code[^2..]}}网格","type":"{{type}}"{{extra}}},"geometry":{{geometry}}}""";

    /// <summary>The grid <paramref name="number"/> of <see cref="Village"/> on the tile at (column, row).</summary>
    public static string Square(int number, double column, double row, string? extra = null) =>
        Feature($"{Village}-{number:D2}", Polygon(Ring(column, row, 1, 1)), extra: extra);

    public static string Polygon(params string[] rings) => $$"""{"type":"Polygon","coordinates":[{{string.Join(",", rings)}}]}""";

    /// <summary>A counter-clockwise rectangle, in tiles from the south-west corner.</summary>
    public static string Ring(double column, double row, double width, double height)
    {
        double x0 = West + column * Size, y0 = South + row * Size, x1 = x0 + width * Size, y1 = y0 + height * Size;
        return Path((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0));
    }

    public static string Path(params (double Lon, double Lat)[] points) =>
        "[" + string.Join(",", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Lon:R},{p.Lat:R}]"))) + "]";

    public static GeoPoint At(double column, double row) => new(South + row * Size, West + column * Size);
}
