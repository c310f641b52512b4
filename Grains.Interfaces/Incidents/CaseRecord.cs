using GridActors.Access;

namespace GridActors.Incidents;

/// <summary>One case as the queries see it: its row in the <c>cases</c> table, upserted in the same
/// transaction as each of its events. <see cref="RedAt"/> and <see cref="YellowAt"/> are the instants
/// its light turns (the earlier of the case and stage deadlines, and of their warnings), read
/// against <see cref="StoppedAt"/> when the clocks stopped, else against the time of the query.
/// <see cref="Parties"/> are the keys of those who may read it besides the command centres above its
/// grid (<see cref="CaseParties"/>). The last four complete what a grid's ledger keeps of an open
/// case (its <see cref="IncidentSummary"/>), so a grid reads its open cases from here.</summary>
[GenerateSerializer, Immutable, Alias("case.record.v1")]
public sealed record CaseRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] long Version,
    [property: Id(2)] IncidentStatus Status,
    [property: Id(3)] IncidentSource Source,
    [property: Id(4)] string Category,
    [property: Id(5)] Urgency Urgency,
    [property: Id(6)] string Title,
    [property: Id(7)] string? Description,
    [property: Id(8)] string GridCode,
    [property: Id(9)] string VillageCode,
    [property: Id(10)] string TownCode,
    [property: Id(11)] string DistrictCode,
    [property: Id(12)] HandlingLevel? Level,
    [property: Id(13)] string? Handler,
    [property: Id(14)] string ReporterId,
    [property: Id(15)] Role ReporterRole,
    [property: Id(16)] double? Latitude,
    [property: Id(17)] double? Longitude,
    [property: Id(18)] string? Address,
    [property: Id(19)] DateTimeOffset ReportedAt,
    [property: Id(20)] DateTimeOffset? FiledAt,
    [property: Id(21)] DateTimeOffset? ClosedAt,
    [property: Id(22)] DateTimeOffset? DueAt,
    [property: Id(23)] DateTimeOffset? StageDueAt,
    [property: Id(24)] DateTimeOffset? RedAt,
    [property: Id(25)] DateTimeOffset? YellowAt,
    [property: Id(26)] DateTimeOffset? StoppedAt,
    [property: Id(27)] DateTimeOffset UpdatedAt,
    [property: Id(28)] string? MergedInto,
    [property: Id(29)] IReadOnlyList<string> Parties,
    [property: Id(30)] DateTimeOffset? StageWarnAt = null,
    [property: Id(31)] IReadOnlyList<string>? LikelyDuplicateOf = null,
    [property: Id(32)] bool DueEstimated = false,
    [property: Id(33)] bool StageDueEstimated = false)
{
    /// <summary>The light at an instant, by the same rule as the case's own clocks.</summary>
    public Light LightAt(DateTimeOffset now)
    {
        var at = StoppedAt ?? now;
        return RedAt <= at ? Light.Red : YellowAt <= at ? Light.Yellow : Light.Green;
    }
}
