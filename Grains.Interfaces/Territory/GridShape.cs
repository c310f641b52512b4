namespace GridActors.Territory;

/// <summary>A grid of the territory file in force, as a map draws it: its code, name and type, and its
/// boundary as a GeoJSON Polygon or MultiPolygon geometry in WGS 84 (longitude, latitude).</summary>
[GenerateSerializer, Immutable, Alias("grid.shape.v1")]
public sealed record GridShape(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] GridType Type,
    [property: Id(3)] string Boundary);

/// <summary>The grids of an area in the territory file of <see cref="Version"/> (null before any import),
/// by code. <see cref="Grids"/> is null when the caller said it holds that version already, so a
/// cached copy is confirmed without the boundaries crossing the wire again.</summary>
[GenerateSerializer, Immutable, Alias("area.shapes.v1")]
public sealed record AreaShapes(
    [property: Id(0)] string? Version,
    [property: Id(1)] IReadOnlyList<GridShape>? Grids);
