namespace GridActors.Incidents;

/// <summary>A question asked of the case rows: every filter given narrows it (an empty list or null
/// means "any"), in the order of <see cref="Sort"/>, starting after <see cref="After"/>.
/// <see cref="Area"/> is a district, town, village or grid code; <see cref="Text"/> is found in the
/// title or description regardless of case; the <c>…From</c> bounds are inclusive and the
/// <c>…To</c> bounds exclusive. <see cref="Lights"/> are read at the time of the query.
/// <see cref="ReportedByWorker"/> keeps the cases the grid worker of that id reported first.</summary>
[GenerateSerializer, Immutable, Alias("case.query.v1")]
public sealed record CaseQuery(
    [property: Id(0)] string? Area = null,
    [property: Id(1)] IReadOnlyList<IncidentStatus>? Statuses = null,
    [property: Id(2)] IReadOnlyList<Light>? Lights = null,
    [property: Id(3)] string? Category = null,
    [property: Id(4)] IReadOnlyList<Urgency>? Urgencies = null,
    [property: Id(5)] IReadOnlyList<HandlingLevel>? Levels = null,
    [property: Id(6)] string? Handler = null,
    [property: Id(7)] IReadOnlyList<IncidentSource>? Sources = null,
    [property: Id(8)] DateTimeOffset? ReportedFrom = null,
    [property: Id(9)] DateTimeOffset? ReportedTo = null,
    [property: Id(10)] DateTimeOffset? ClosedFrom = null,
    [property: Id(11)] DateTimeOffset? ClosedTo = null,
    [property: Id(12)] string? Text = null,
    [property: Id(13)] CaseOrder? Order = null,
    [property: Id(14)] CaseKey? After = null,
    [property: Id(15)] int Limit = CaseQuery.DefaultLimit,
    [property: Id(16)] bool Count = false,
    [property: Id(17)] string? ReportedByWorker = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Newest report first unless asked otherwise.</summary>
    public CaseOrder Sort => Order ?? new CaseOrder(CaseSort.ReportedAt, Descending: true);
}

/// <summary>What a list is ordered by. Cases without the instant (not closed, no due time) come
/// last either way; ties go by case id, in the same direction.</summary>
public enum CaseSort { ReportedAt, ClosedAt, DueAt, UpdatedAt }

[GenerateSerializer, Immutable, Alias("case.order.v1")]
public sealed record CaseOrder(
    [property: Id(0)] CaseSort By,
    [property: Id(1)] bool Descending);

/// <summary>Where a page ended: the last case's sort key (null when it has none) and id. The next
/// page starts strictly after it, so a case whose key did not change is never seen twice or
/// skipped, however the others change in between.</summary>
[GenerateSerializer, Immutable, Alias("case.key.v1")]
public sealed record CaseKey(
    [property: Id(0)] CaseOrder Order,
    [property: Id(1)] DateTimeOffset? Value,
    [property: Id(2)] string Id);
