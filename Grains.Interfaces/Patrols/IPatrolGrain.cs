using GridActors.Access;

namespace GridActors.Patrols;

/// <summary>One patrol (巡查), keyed by its id: started in a grid by one of its workers, fed the
/// route's positions, stopped. Only a stopped patrol with a route meets the grid's patrol duty.</summary>
[Alias("patrol")]
public interface IPatrolGrain : IGrainWithStringKey
{
    /// <summary>Starts the patrol; the same worker starting it again in the same grid changes nothing.</summary>
    [Alias("start")]
    Task<Refusal?> Start(string gridCode, Actor actor);

    /// <summary>Adds positions in time order; those no later than the last one kept are a resent batch and are skipped.</summary>
    [Alias("add-route")]
    Task<Refusal?> AddRoute(IReadOnlyList<RouteSample> samples, Actor actor);

    /// <summary>Stops the patrol, works out its coverage and records it with the grid; a repeat answers as the first.</summary>
    [Alias("stop")]
    Task<Refusal?> Stop(Actor actor);

    /// <summary>Null when no patrol was started under this id.</summary>
    [Alias("get")]
    Task<PatrolView?> Get();
}
