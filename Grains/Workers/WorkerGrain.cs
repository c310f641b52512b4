using GridActors.Access;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Territory;
using Orleans.Runtime;

namespace GridActors.Workers;

/// <summary>A grid worker: profile, duty, last position, and the cases offered to or held by them.
/// Every change is written, then told to the worker's grids and pushed.</summary>
public sealed class WorkerGrain(
    [PersistentState("worker", "gridactors")] IPersistentState<WorkerState> state,
    TimeProvider clock) : Grain, IWorkerGrain
{
    private string Id => this.GetPrimaryKeyString();
    private WorkerState Worker => state.State;

    public async Task<Refusal?> Register(WorkerProfile profile, Actor actor)
    {
        var grids = profile.Grids ?? [];
        var problem =
            (!Ids.IsValid(Id) ? Refusal.Invalid("id", Ids.Rule) : null)
            ?? (actor.Role != Role.Admin || !grids.All(actor.Covers) ? Refusal.NotPermitted($"{actor.Role} {actor.Id} may not register workers in these grids") : null)
            ?? Text.Problem("name", profile.Name, 100, required: true)
            ?? (!Enum.IsDefined(profile.Kind) ? Refusal.Invalid("kind", "unknown worker kind") : null)
            ?? Text.Problem("phone", profile.Phone, 30)
            ?? (grids.Count is 0 or > 20 ? Refusal.Invalid("grids", "a worker serves 1 to 20 grids") : null)
            ?? await UnknownGrid(grids);
        if (problem is not null) return problem;

        var left = (Worker.Profile?.Grids ?? []).Except(grids).ToList();
        Worker.Profile = profile with { Grids = [.. grids.Distinct()] };
        await Changed(left);
        return null;
    }

    public async Task<Refusal?> SetDuty(DutyStatus duty, Actor actor)
    {
        if (Worker.Profile is not { } profile) return Refusal.NotFound($"no worker {Id}");
        var permitted = (actor.Role == Role.Worker && actor.Id == Id)
            || (actor.Role is Role.Operator or Role.Supervisor && profile.Grids.Any(actor.Covers));
        if (!permitted) return Refusal.NotPermitted($"{actor.Role} {actor.Id} may not set the duty of worker {Id}");
        if (!Enum.IsDefined(duty)) return Refusal.Invalid("duty", "unknown duty status");
        if (Worker.Duty == duty) return null;
        Worker.Duty = duty;
        await Changed();
        return null;
    }

    public async Task<Refusal?> Heartbeat(GeoPoint position, Actor actor)
    {
        if (Worker.Profile is null) return Refusal.NotFound($"no worker {Id}");
        if (actor.Role != Role.Worker || actor.Id != Id) return Refusal.NotPermitted("only the worker's own app sends its heartbeat");
        if (position is null || !position.IsValid) return Refusal.Invalid("position", "latitude must be within ±90 and longitude within ±180");
        (Worker.LastPosition, Worker.LastSeenAt) = (position, clock.GetUtcNow());
        await Changed();
        return null;
    }

    public Task<WorkerView?> Get() => Task.FromResult(Worker.Profile is { } profile
        ? new WorkerView(Id, profile, Worker.Duty, Worker.LastPosition, Worker.LastSeenAt, Worker.Cases.PendingInOrder(), Worker.Cases.Load, Worker.Version)
        : null);

    public Task<WorkerSummary?> GetSummary() => Task.FromResult(Summary());

    public async Task Track(IncidentSummary incident)
    {
        var wasPending = Worker.Cases.Pending.ContainsKey(incident.Id);
        if (!Worker.Cases.Apply(incident, Id)) return;
        await Changed();
        if (!wasPending && Worker.Cases.Pending.TryGetValue(incident.Id, out var offered))
            await GrainFactory.Publish(new AssignmentOffered(Id, offered));
    }

    /// <summary>Writes, then tells the grids the worker serves (and any it just left) and the boards.</summary>
    private async Task Changed(IReadOnlyList<string>? leftGrids = null)
    {
        Worker.Version++;
        await state.WriteStateAsync();
        if (Summary() is not { } summary) return;
        await Task.WhenAll(summary.Grids.Concat(leftGrids ?? []).Select(g => GrainFactory.GetGrain<IGridGrain>(g).TrackWorker(summary)));
        await GrainFactory.Publish(new WorkerChanged(summary));
    }

    private WorkerSummary? Summary() => Worker.Profile is { } p
        ? new WorkerSummary(Id, Worker.Version, p.Name, p.Kind, p.Grids, Worker.Duty, Worker.LastPosition, Worker.LastSeenAt, Worker.Cases.Load)
        : null;

    private async Task<Refusal?> UnknownGrid(IReadOnlyList<string> grids)
    {
        foreach (var grid in grids)
            if (!AreaCode.IsGrid(grid) || !await GrainFactory.GetGrain<IGridGrain>(grid).Exists())
                return Refusal.Invalid("grids", $"unknown grid {grid}");
        return null;
    }
}
