using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>Everything measured on one back end: reports spread over the district and into one grid,
/// the list query, and, on the embedded default only, case reads and pushes.</summary>
public sealed record BackendFigures(
    string Name,
    ReportFigures Spread,
    ReportFigures OneGrid,
    ListQueries.Result List,
    Throughput? CaseReads = null,
    long CaseBytes = 0,
    PushLatency.Result? Pushes = null);
