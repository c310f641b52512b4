namespace GridActors.Gateway.Board;

/// <summary>What the board's page needs to know of this gateway's set-up, read as the page starts,
/// so a tile server is chosen where the gateway runs rather than when the page is built.</summary>
public static class BoardSettingsApi
{
    /// <summary><c>tiles</c> is null when no tile server is configured.</summary>
    public sealed record BoardSettings(BoardTiles? Tiles);

    public sealed record BoardTiles(string Url, string Attribution, TileCoordinates CoordinateSystem, int MaxZoom);

    public static void MapBoardSettings(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var tiles = TileSettings.FromConfiguration(configuration);
        var settings = new BoardSettings(tiles is null ? null : new BoardTiles(tiles.Url!, tiles.Attribution, tiles.CoordinateSystem, tiles.MaxZoom));
        app.MapGet("/api/v1/board/settings", () => TypedResults.Ok(settings)).WithTags("Board")
            .WithSummary("The board page's settings: the tile layer under the map (URL template, attribution, coordinate system: Wgs84, Cgcs2000 or Gcj02), or null for a plain ground")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
