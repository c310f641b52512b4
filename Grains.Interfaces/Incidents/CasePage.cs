namespace GridActors.Incidents;

/// <summary>One page of a case list: the rows (without their <see cref="CaseRecord.Parties"/>),
/// the key to ask for the next page after (null on the last), how many cases the whole query
/// matches when it was asked for, and the instant the lights were read at.</summary>
[GenerateSerializer, Immutable, Alias("case.page.v1")]
public sealed record CasePage(
    [property: Id(0)] IReadOnlyList<CaseRecord> Items,
    [property: Id(1)] CaseKey? Next,
    [property: Id(2)] long? Total,
    [property: Id(3)] DateTimeOffset At);
