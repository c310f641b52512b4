using GridActors.Incidents;
using GridActors.Workers;

namespace GridActors.Territory;

/// <summary>Everything an area knows: its open cases, the tallies of finished ones, its workers and its open alerts. An area
/// rebuilds itself from its children's ledgers, so it never scans incidents.</summary>
[GenerateSerializer, Immutable, Alias("area.ledger.v1")]
public sealed record AreaLedger(
    [property: Id(0)] IReadOnlyList<IncidentSummary> Open,
    [property: Id(1)] int Closed,
    [property: Id(2)] int Rejected,
    [property: Id(3)] IReadOnlyList<WorkerSummary> Workers,
    [property: Id(4)] IReadOnlyDictionary<HandlingLevel, int> ClosedByLevel,
    [property: Id(5)] IReadOnlyList<Alert> Alerts,
    [property: Id(6)] int Merged);
