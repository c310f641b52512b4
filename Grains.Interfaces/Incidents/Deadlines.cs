namespace GridActors.Incidents;

/// <summary>The clocks running on a case: the whole case from filing, and the current stage from
/// when it began, each with the instant it turns yellow. <see cref="StageVersion"/> is the version
/// of the event that began the stage, so automatic actions on it have stable command ids.
/// <see cref="StoppedAt"/> is set while deferred and once closed: the clocks read as at that instant.
/// <see cref="CaseUnscheduledYear"/> and <see cref="StageUnscheduledYear"/> name a year the working
/// calendar had no holiday schedule for when the deadline was counted through it (Monday to Friday
/// only), so the deadline may fall on a holiday; null when the count knew every holiday.</summary>
[GenerateSerializer, Immutable, Alias("incident.deadlines.v1")]
public sealed record Deadlines(
    [property: Id(0)] DateTimeOffset? CaseStart = null,
    [property: Id(1)] DateTimeOffset? CaseDue = null,
    [property: Id(2)] DateTimeOffset? CaseWarn = null,
    [property: Id(3)] Stage? Stage = null,
    [property: Id(4)] long StageVersion = 0,
    [property: Id(5)] DateTimeOffset? StageStart = null,
    [property: Id(6)] DateTimeOffset? StageDue = null,
    [property: Id(7)] DateTimeOffset? StageWarn = null,
    [property: Id(8)] DateTimeOffset? StoppedAt = null,
    [property: Id(9)] int? CaseUnscheduledYear = null,
    [property: Id(10)] int? StageUnscheduledYear = null)
{
    public static readonly Deadlines None = new();
}
