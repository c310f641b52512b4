using GridActors.Territory;

namespace GridActors.Warnings;

/// <summary>A circle on the ground: where a repeat spot is.</summary>
[GenerateSerializer, Immutable, Alias("warning.circle.v1")]
public sealed record WarningCircle(
    [property: Id(0)] GeoPoint Centre,
    [property: Id(1)] double RadiusMetres);

/// <summary>An early warning (预警) as it stands at one <see cref="Version"/>: 1 when raised, one more
/// at each change, the last when cleared. Raised and cleared by the platform alone, from the event
/// log. Its texts are Chinese, as the command centres read them.</summary>
/// <param name="Area">The area it concerns: the town of a surge, the village of an overdue cluster,
/// the town or district of a share, the grid of a repeat spot's first case.</param>
/// <param name="Figure">What raised it: a count of cases, or a share.</param>
/// <param name="Threshold">What the figure is held against.</param>
/// <param name="Cases">The cases concerned, for a spot and an overdue cluster; none for a surge or a share.</param>
[GenerateSerializer, Immutable, Alias("warning.v1")]
public sealed record EarlyWarning(
    [property: Id(0)] string Id,
    [property: Id(1)] WarningKind Kind,
    [property: Id(2)] string Area,
    [property: Id(3)] int Version,
    [property: Id(4)] DateTimeOffset RaisedAt,
    [property: Id(5)] DateTimeOffset ChangedAt,
    [property: Id(6)] DateTimeOffset? ClearedAt,
    [property: Id(7)] string Text,
    [property: Id(8)] string Description,
    [property: Id(9)] string? Category,
    [property: Id(10)] double Figure,
    [property: Id(11)] double Threshold,
    [property: Id(12)] WarningCircle? Circle,
    [property: Id(13)] IReadOnlyList<string> Cases)
{
    public bool IsOpen => ClearedAt is null;

    /// <summary>The grid a board edges on its map: a spot's; the others span an area.</summary>
    public string? GridCode => Circle is null ? null : Area;
}

/// <summary>Every version of one warning, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("warning.history.v1")]
public sealed record WarningHistory([property: Id(0)] IReadOnlyList<EarlyWarning> Versions)
{
    public EarlyWarning Latest => Versions[^1];
}
