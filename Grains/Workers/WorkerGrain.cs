using GridActors.Access;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Log;
using GridActors.Storage;
using GridActors.Territory;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace GridActors.Workers;

/// <summary>A grid worker: profile, duty, last position, and the cases offered to or held by them.
/// Every change is written, then told to the worker's grids and pushed. A timer on the domain clock
/// watches the heartbeat: silent past <see cref="WorkerPolicy.SilenceLimit"/>, the worker goes
/// offline and their unacknowledged offers move on.</summary>
public sealed class WorkerGrain(
    [PersistentState("worker", "gridactors")] IPersistentState<WorkerState> state,
    WorkerPolicy policy,
    IEventLog events,
    TimeProvider clock,
    ILogger<WorkerGrain> log) : Grain, IWorkerGrain
{
    /// <summary>How soon to try again when moving an offer on failed.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private string Id => this.GetPrimaryKeyString();
    private WorkerState Worker => state.State;
    private IGrainTimer? silence;

    /// <summary>A worker whose silence passed while no activation watched (a silo restart) goes
    /// offline at once.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        WatchSilence();
        return Task.CompletedTask;
    }

    public async Task<Refusal?> Register(WorkerProfile profile, Actor actor)
    {
        var grids = profile.Grids ?? [];
        var problem =
            (!Ids.IsValid(Id) ? Refusal.Invalid("id", Ids.Rule) : null)
            ?? (actor.Role != Role.Admin || !grids.All(actor.Covers) ? Refusal.NotPermitted($"{actor.Role} {actor.Id} may not register workers in these grids") : null)
            ?? Text.Problem("name", profile.Name, Limits.Name, required: true)
            ?? (!Enum.IsDefined(profile.Kind) ? Refusal.Invalid("kind", "unknown worker kind") : null)
            ?? Text.Problem("phone", profile.Phone, Limits.Phone)
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
        await Changed(presenceBy: actor);
        return null;
    }

    public async Task<Refusal?> Heartbeat(GeoPoint position, Actor actor)
    {
        if (Worker.Profile is null) return Refusal.NotFound($"no worker {Id}");
        if (actor.Role != Role.Worker || actor.Id != Id) return Refusal.NotPermitted("only the worker's own app sends its heartbeat");
        if (position is null || !position.IsValid) return Refusal.Invalid("position", Expected.Position);
        var wasOffline = Worker.Offline;
        (Worker.LastPosition, Worker.LastSeenAt, Worker.Offline) = (position, clock.GetUtcNow(), false);
        await Changed(presenceBy: wasOffline ? actor : null);
        WatchSilence();
        return null;
    }

    public Task<WorkerView?> Get() => Task.FromResult(Worker.Profile is { } profile
        ? new WorkerView(Id, profile, Worker.Duty, Worker.LastPosition, Worker.LastSeenAt, Worker.Cases.PendingInOrder(), Worker.Cases.Load, Worker.Version, Worker.Offline)
        : null);

    public Task<WorkerSummary?> GetSummary() => Task.FromResult(Summary());

    public async Task Track(IncidentSummary incident)
    {
        var wasPending = Worker.Cases.Pending.ContainsKey(incident.Id);
        if (!Worker.Cases.Apply(incident, Id)) return;
        await Changed();
        if (!wasPending && Worker.Cases.Pending.TryGetValue(incident.Id, out var offered))
        {
            await GrainFactory.Publish(new AssignmentOffered(Id, offered));
            // Offered to a worker already offline: it moves on as soon as this call is done.
            if (Worker.Offline) WatchSilence();
        }
    }

    /// <summary>Arms the timer for the instant the worker falls silent, or at once when that has passed
    /// and there is still something to do. A timer, not a reminder: it is short and in memory, and an
    /// activation that starts after a restart re-arms it from the stored heartbeat.</summary>
    private void WatchSilence(TimeSpan? after = null)
    {
        if (policy.OfflineAt(Worker.LastSeenAt) is not { } offlineAt) return;
        if (Worker.Offline && Worker.Cases.Pending.Count == 0) return;
        var due = after ?? TimeSpan.FromTicks(Math.Max(0, (offlineAt - clock.GetUtcNow()).Ticks));
        if (silence is null)
            silence = this.RegisterGrainTimer(WentSilent, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        else
            silence.Change(due, Timeout.InfiniteTimeSpan);
        // Timers die with the activation: keep it until the timer has had its turn.
        DelayDeactivation(due + RetryAfter);
    }

    /// <summary>Marks the worker offline, tells grids and boards, then asks each case with an
    /// unacknowledged offer to move on. Looked at again a little later, so what failed or is still
    /// pending is done then (each case acts once per offer, however often it is asked).</summary>
    private async Task WentSilent(CancellationToken cancellationToken)
    {
        if (!policy.IsSilent(Worker.LastSeenAt, clock.GetUtcNow()))
        {
            WatchSilence();
            return;
        }
        try
        {
            if (!Worker.Offline)
            {
                Worker.Offline = true;
                await Changed(presenceBy: new Actor(Actor.SystemId, Role.Supervisor, ""));
            }
            else await Tell();
            foreach (var offer in Worker.Cases.PendingInOrder())
                await GrainFactory.GetGrain<IIncidentGrain>(offer.IncidentId).HandlerWentOffline(Id);
        }
        catch (Exception e)
        {
            // A failed write has dropped its change already (see StateWrites): the retry starts from storage.
            log.LogWarning(e, "Worker {Id} went offline; telling the grids or moving the offers on failed, trying again shortly", Id);
        }
        WatchSilence(RetryAfter);
    }

    /// <summary>Writes, then tells the grids the worker serves (and any it just left) and the boards.</summary>
    /// <summary>A change of duty or presence (<paramref name="presenceBy"/>) is logged first, as the
    /// worker's new version: a retry after a failed write finds it logged and adds nothing.</summary>
    private async Task Changed(IReadOnlyList<string>? leftGrids = null, Actor? presenceBy = null)
    {
        Worker.Version++;
        if (presenceBy is not null) await state.OrReload(this, () => RecordPresence(presenceBy));
        await state.WriteOrReload(this);
        await Tell(leftGrids);
    }

    private Task RecordPresence(Actor by) => Worker.Profile is { } p
        ? new WorkerPresenceChanged(Worker.Duty, Worker.Offline, p.Grids).Record(events, WorkerPresenceChanged.Stream, Id, Worker.Version, by, clock.GetUtcNow())
        : Task.CompletedTask;

    /// <summary>Idempotent by version at each grid, so telling again is harmless.</summary>
    private async Task Tell(IReadOnlyList<string>? leftGrids = null)
    {
        if (Summary() is not { } summary) return;
        await Task.WhenAll(summary.Grids.Concat(leftGrids ?? []).Select(g => GrainFactory.GetGrain<IGridGrain>(g).TrackWorker(summary)));
        await GrainFactory.Publish(new WorkerChanged(summary));
    }

    private WorkerSummary? Summary() => Worker.Profile is { } p
        ? new WorkerSummary(Id, Worker.Version, p.Name, p.Kind, p.Grids, Worker.Duty, Worker.LastPosition, Worker.LastSeenAt, Worker.Cases.Load, Worker.Offline)
        : null;

    private async Task<Refusal?> UnknownGrid(IReadOnlyList<string> grids)
    {
        foreach (var grid in grids)
            if (!AreaCode.IsGrid(grid) || !await GrainFactory.GetGrain<IGridGrain>(grid).Exists())
                return Refusal.Invalid("grids", $"unknown grid {grid}");
        return null;
    }
}
