using Orleans.Concurrency;
using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>A grid (网格), keyed by its code such as 320412101001-03.</summary>
[Alias("grid")]
public interface IGridGrain : IBoard
{
    /// <summary>Creates or updates the grid and enrols it in its village, town and district; admins only.</summary>
    [Alias("define")]
    Task<Refusal?> Define(GridDefinition definition, Actor actor);

    /// <summary>Takes the grid out of service when a new territory file drops it; refused while it
    /// still has open cases, workers or people on its registers, so nothing is left without a grid. Defining it again brings it back.</summary>
    [Alias("retire")]
    Task<Refusal?> Retire(Actor actor);

    /// <summary>Null when the grid was never defined.</summary>
    [Alias("get")]
    Task<GridView?> Get();

    /// <summary>Whether the grid is defined and in service.</summary>
    [Alias("exists")]
    Task<bool> Exists();

    /// <summary>The grid's open cases of one category: what a new report nearby is compared with to
    /// find a likely duplicate, without carrying the whole ledger. Interleaves, like the ledger.</summary>
    [Alias("open-of-category"), AlwaysInterleave]
    Task<IReadOnlyList<IncidentSummary>> GetOpenOfCategory(string category);

    /// <summary>Read while the grid may be mid-call to its areas, so it interleaves.</summary>
    [Alias("ledger"), AlwaysInterleave]
    Task<AreaLedger> GetLedger();

    [Alias("track")]
    Task Track(IncidentSummary incident);

    /// <summary>A worker of this grid changed, joined it or left it (its grids say which).</summary>
    [Alias("track-worker")]
    Task TrackWorker(Workers.WorkerSummary worker);

    /// <summary>Sets how often the grid must be patrolled (巡查); admins and supervisors covering the grid.</summary>
    [Alias("set-patrol-cadence")]
    Task<Refusal?> SetPatrolCadence(TimeSpan cadence, Actor actor);

    /// <summary>A worker of the grid patrolled it: the patrol clock starts again and an overdue alert
    /// clears. Called by the patrol (<see cref="Patrols.IPatrolGrain"/>) when it stops, with its id and
    /// coverage; the same patrol told twice is recorded once.</summary>
    [Alias("record-patrol")]
    Task<Refusal?> RecordPatrol(Actor actor, string? patrolId = null, double? coverage = null);

    /// <summary>Null when the grid was never defined.</summary>
    [Alias("duties")]
    Task<GridDuties?> GetDuties();

    /// <summary>An operator or supervisor covering the grid acknowledges one of its open alerts; a
    /// repeat keeps the first acknowledgement and answers as it did.</summary>
    [Alias("acknowledge-alert")]
    Task<Refusal?> AcknowledgeAlert(string alertId, Actor actor);

    /// <summary>An alert raised or cleared for this grid by its register; idempotent by alert id.</summary>
    [Alias("track-alert")]
    Task TrackAlert(Alert alert);
}
