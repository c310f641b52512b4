using System.Collections.Concurrent;
using System.Text.Json;
using GridActors.Territory;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Gateway.Areas;

/// <summary>A grid as the map draws it: its shape as read from the territory, its boundary parsed.</summary>
public sealed record MapGrid(string Code, string Name, GridType Type, NtsGeometry Boundary);

/// <summary>The grids of an area in one territory version, parsed once, with their simplified
/// boundaries kept per zoom as they are first asked for (a territory version never changes).</summary>
public sealed class AreaOutline
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<NtsGeometry>> simplified = new();
    private readonly double latitude;

    public AreaOutline(string? version, IReadOnlyList<GridShape> shapes)
    {
        Version = version;
        Grids = [.. shapes.Select(s => new MapGrid(s.Code, s.Name, s.Type, JsonSerializer.Deserialize<NtsGeometry>(s.Boundary, MapJson.Options)!))];
        latitude = Grids.Count == 0 ? 0 : MapJson.Extent(Grids.Select(g => g.Boundary)).Centre.Y;
    }

    /// <summary>The territory file's version; null before any import.</summary>
    public string? Version { get; }

    /// <summary>By code.</summary>
    public IReadOnlyList<MapGrid> Grids { get; }

    /// <summary>The boundaries in the order of <see cref="Grids"/>, simplified for the zoom.</summary>
    public IReadOnlyList<NtsGeometry> Boundaries(int? zoom) => MapZoom.Detail(zoom) is { } level
        ? simplified.GetOrAdd(level, z => [.. Grids.Select(g => MapZoom.Simplify(g.Boundary, MapZoom.Tolerance(z, latitude)))])
        : [.. Grids.Select(g => g.Boundary)];
}
