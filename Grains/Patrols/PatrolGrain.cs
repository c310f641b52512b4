using System.Text.Json;
using GridActors.Access;
using GridActors.Storage;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Patrols;

/// <summary>Keeps one patrol's route in grain state; on stop it works out the coverage
/// (<see cref="PatrolCoverage"/>) against the grid's boundary in the territory file and tells the
/// grid, whose patrol clock starts again.</summary>
public sealed class PatrolGrain(
    [PersistentState("patrol", "gridactors")] IPersistentState<PatrolState> state,
    TimeProvider clock) : Grain, IPatrolGrain
{
    private string Id => this.GetPrimaryKeyString();
    private PatrolState Patrol => state.State;

    public async Task<Refusal?> Start(string gridCode, Actor actor)
    {
        if (!AreaCode.IsGrid(gridCode)) return Refusal.Invalid("code", Expected.GridCode);
        if (Patrol.Started)
            return Patrol.GridCode == gridCode && Patrol.WorkerId == actor.Id ? null : Refusal.Conflict($"patrol {Id} was started by {Patrol.WorkerId} in {Patrol.GridCode}");
        if (await GrainFactory.GetGrain<IGridGrain>(gridCode).Get() is not { Retired: false } grid) return Refusal.NotFound($"no grid {gridCode}");
        if (actor.Role != Role.Worker || !grid.Workers.Contains(actor.Id))
            return Refusal.NotPermitted($"only a worker of grid {gridCode} patrols it");
        (Patrol.GridCode, Patrol.WorkerId, Patrol.StartedAt) = (gridCode, actor.Id, clock.GetUtcNow());
        await state.WriteOrReload(this);
        return null;
    }

    public async Task<Refusal?> AddRoute(IReadOnlyList<RouteSample> samples, Actor actor)
    {
        if (PatrolRules.Feeding(Patrol, actor, "add to") is { } refusal) return refusal;
        if (Patrol.StoppedAt is not null) return Refusal.Conflict($"patrol {Id} was stopped");
        if (PatrolRules.SamplesProblem(Patrol, samples, clock.GetUtcNow()) is { } problem) return problem;
        var added = PatrolRules.New(Patrol, samples).ToList();
        if (added.Count == 0) return null;
        Patrol.Route.AddRange(added);
        await state.WriteOrReload(this);
        return null;
    }

    public async Task<Refusal?> Stop(Actor actor)
    {
        if (PatrolRules.Feeding(Patrol, actor, "stop") is { } refusal) return refusal;
        if (Patrol.StoppedAt is null)
        {
            if (PatrolRules.StopProblem(Patrol) is { } problem) return problem;
            Patrol.Coverage = await Coverage();
            Patrol.StoppedAt = clock.GetUtcNow();
            await state.WriteOrReload(this);
        }
        if (Patrol.Recorded) return null;
        // Told again on a repeat until the grid has it: the first attempt may have stopped after its write.
        // Once it has, a repeat tells it nothing, or an old patrol stopped again would count as a new one.
        if (await GrainFactory.GetGrain<IGridGrain>(Patrol.GridCode!).RecordPatrol(actor, Id, Patrol.Coverage) is { } refused) return refused;
        Patrol.Recorded = true;
        await state.WriteOrReload(this);
        return null;
    }

    public Task<PatrolView?> Get() => Task.FromResult(Patrol.Started ? Patrol.ToView(Id) : null);

    private async Task<double?> Coverage()
    {
        var shapes = await GrainFactory.GetGrain<ILocatorGrain>(0).GetShapes(Patrol.GridCode!, null);
        if (shapes.Grids?.FirstOrDefault(g => g.Code == Patrol.GridCode) is not { } shape) return null;
        var boundary = JsonSerializer.Deserialize<NtsGeometry>(shape.Boundary, GeoJson.Options)!;
        return PatrolCoverage.Share(boundary, [.. Patrol.Route.Select(s => new GeoPoint(s.Latitude, s.Longitude))]);
    }
}
