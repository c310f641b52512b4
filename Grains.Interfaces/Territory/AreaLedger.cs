namespace GridActors.Territory;

/// <summary>Everything an area knows of its cases: open ones and the finished tallies. An area
/// rebuilds itself from its children's ledgers, so it never scans incidents.</summary>
[GenerateSerializer, Immutable, Alias("area.ledger.v1")]
public sealed record AreaLedger(
    [property: Id(0)] IReadOnlyList<OpenCase> Open,
    [property: Id(1)] int Closed,
    [property: Id(2)] int Rejected);
