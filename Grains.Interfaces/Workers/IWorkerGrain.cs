using Orleans.Concurrency;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Workers;

/// <summary>A grid worker (网格员), keyed by worker id.</summary>
[Alias("worker")]
public interface IWorkerGrain : IGrainWithStringKey
{
    /// <summary>Creates or updates the worker's profile; admins only.</summary>
    [Alias("register")]
    Task<Refusal?> Register(WorkerProfile profile, Actor actor);

    [Alias("set-duty")]
    Task<Refusal?> SetDuty(DutyStatus duty, Actor actor);

    /// <summary>The worker app's periodic sign of life, with position.</summary>
    [Alias("heartbeat")]
    Task<Refusal?> Heartbeat(GeoPoint position, Actor actor);

    /// <summary>Null when no worker is registered under this id. Interleaves, because a grid this
    /// worker is calling may read it while activating.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<WorkerView?> Get();

    [Alias("summary"), AlwaysInterleave]
    Task<WorkerSummary?> GetSummary();

    /// <summary>Called by a case this worker handles or handled; idempotent by version.</summary>
    [Alias("track")]
    Task Track(IncidentSummary incident);
}
