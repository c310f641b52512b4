using System.Text.Json;
using GridActors.Territory;
using NetTopologySuite.Features;

namespace GridActors.Gateway.Areas;

/// <summary>An area's grids as a GeoJSON FeatureCollection: one feature per grid of the territory in
/// force, its boundary for the zoom, and what the board colours it by. Grids with no open case or
/// alert have 0, 0 and a null light. The collection and each feature carry their <c>bbox</c> (the
/// writer puts one on every feature once the collection has one, so each has its own rather than null).</summary>
public static class AreaMap
{
    public static FeatureCollection Build(AreaOutline outline, int? zoom, IReadOnlyList<GridLight> lights)
    {
        var byGrid = lights.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var boundaries = outline.Boundaries(zoom);
        var map = new FeatureCollection();
        foreach (var (grid, boundary) in outline.Grids.Zip(boundaries))
        {
            var light = byGrid.GetValueOrDefault(grid.Code);
            var path = AreaCode.Ancestors(grid.Code);
            map.Add(new Feature(boundary, new AttributesTable(new Dictionary<string, object?>
            {
                ["code"] = grid.Code,
                ["name"] = grid.Name,
                ["type"] = grid.Type.ToString(),
                ["village"] = path[0],
                ["town"] = path[1],
                ["openCases"] = light?.OpenCases ?? 0,
                ["worstLight"] = light?.WorstLight?.ToString(),
                ["alerts"] = light?.Alerts ?? 0,
            })) { BoundingBox = boundary.EnvelopeInternal });
        }
        if (boundaries.Count > 0) map.BoundingBox = MapJson.Extent(boundaries);
        return map;
    }

    public static byte[] Write(FeatureCollection map) => JsonSerializer.SerializeToUtf8Bytes(map, MapJson.Options);
}
