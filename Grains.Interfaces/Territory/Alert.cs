namespace GridActors.Territory;

/// <summary>What a grid's own duty clock found wanting.</summary>
public enum AlertKind
{
    /// <summary>No patrol (巡查) within the grid's patrol cadence.</summary>
    PatrolOverdue,
    /// <summary>A register entry (key person or vulnerable person) not visited within its cadence.</summary>
    VisitOverdue,
    /// <summary>No worker available in the grid during working hours (盲区).</summary>
    BlindSpot,
}

/// <summary>An alert raised on a grid and passed to its village, town and district. Its text never
/// names a person: boards and operators see alerts, not register entries. The id is derived from
/// what raised it (the grid, the kind, and the due instant or entry), so a repeated tick raises it once.
/// An operator acknowledges an open alert (someone is on it); the first acknowledgement is kept.</summary>
[GenerateSerializer, Immutable, Alias("alert.v1")]
public sealed record Alert(
    [property: Id(0)] string Id,
    [property: Id(1)] string GridCode,
    [property: Id(2)] AlertKind Kind,
    [property: Id(3)] DateTimeOffset RaisedAt,
    [property: Id(4)] DateTimeOffset? ClearedAt,
    [property: Id(5)] string Text,
    [property: Id(6)] string? AcknowledgedBy = null,
    [property: Id(7)] DateTimeOffset? AcknowledgedAt = null)
{
    public bool IsOpen => ClearedAt is null;
}
