using Orleans.Concurrency;
using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>A village, town or district, keyed by its area code. Keeps live counts and the open
/// cases of its area from what its grids tell it.</summary>
[Alias("area")]
public interface IAreaGrain : IBoard
{
    /// <summary>Enrols a child area or grid, so the area can rebuild its ledger from its children.</summary>
    [Alias("add-child")]
    Task AddChild(string code);

    [Alias("track")]
    Task Track(IncidentSummary incident);

    [Alias("track-worker")]
    Task TrackWorker(Workers.WorkerSummary worker);

    /// <summary>An alert of one of its grids was raised or cleared.</summary>
    [Alias("track-alert")]
    Task TrackAlert(Alert alert);

    [Alias("counts")]
    Task<AreaCounts> GetCounts();


    /// <summary>Read by a parent rebuilding itself, possibly while this area is mid-call.</summary>
    [Alias("ledger"), AlwaysInterleave]
    Task<AreaLedger> GetLedger();
}
