using GridActors.Access;
using GridActors.Configuration;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Log;
using GridActors.Storage;
using GridActors.Workers;
using Orleans.Concurrency;
using Orleans.Runtime;
using Orleans.Serialization;

namespace GridActors.Territory;

/// <summary>A grid: its definition, its workers, and the ledger of its cases (read from the case rows
/// on activation, then kept in memory from the cases' news), passed on to its village, town and
/// district. Calls interleave and the grid's own writes are group-committed: each change is applied
/// in memory at once, and a burst costs one write, not one each. Its duties (patrol cadence, coverage in working hours)
/// are reviewed on every worker change and by one durable reminder at the next instant that matters
/// (see <see cref="GridDutyRules"/>).</summary>
[Reentrant]
public sealed class GridGrain(
    [PersistentState("grid", "gridactors")] IPersistentState<GridState> state,
    DeepCopier<GridState> copier,
    IGridCases cases,
    IEventLog events,
    LiveConfiguration configuration,
    TimeProvider clock) : Grain, IGridGrain, IRemindable
{
    private const string DutiesReminder = "duties";

    private string Code => this.GetPrimaryKeyString();

    private NextInstantReminder duties = null!;
    private GridState grid = null!;
    private AreaBook book = null!;
    private GroupCommit writes = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        duties = new NextInstantReminder(this, DutiesReminder);
        // The provider serialises off the grain's turn, while other calls go on changing the
        // working state: each write stores a copy taken in the turn that starts it. A failed write
        // has re-read what is stored, and the working state starts again from that.
        writes = new GroupCommit(async () =>
        {
            state.State = copier.Copy(grid);
            try { await state.WriteOrReload(this); }
            catch
            {
                await Load();
                throw;
            }
        });
        await Load();
    }

    /// <summary>The working state from what is stored, its cases from their rows, and the workers as they are now.</summary>
    private async Task Load()
    {
        // A working copy: what is stored stays as stored until a write replaces it, so a dropped
        // change can be dropped by loading again.
        grid = copier.Copy(state.State);
        // A grid defined before grids kept duties starts its patrol clock now, not at the dawn of time.
        if (grid.Defined) grid.DutiesSince ??= clock.GetUtcNow();
        book = new AreaBook(Code, CaseLedger.From(await cases.Read(Code), clock.GetUtcNow()), grid.Alerts);
        var workers = await Task.WhenAll(grid.Workers.Select(w => GrainFactory.GetGrain<IWorkerGrain>(w).GetSummary()));
        foreach (var worker in workers.OfType<WorkerSummary>()) book.Track(worker);
    }

    public async Task<Refusal?> Define(GridDefinition definition, Actor actor)
    {
        var problem =
            (!AreaCode.IsGrid(Code) ? Refusal.Invalid("code", Expected.GridCode) : null)
            ?? (actor.Role != Role.Admin || !actor.Covers(Code) ? Refusal.NotPermitted($"{actor.Role} {actor.Id} may not define grid {Code}") : null)
            ?? Text.Problem("name", definition.Name, Limits.Name, required: true)
            ?? (!Enum.IsDefined(definition.Type) ? Refusal.Invalid("type", "unknown grid type") : null);
        if (problem is not null) return problem;

        (grid.Defined, grid.Retired, grid.Name, grid.Type) = (true, false, definition.Name, definition.Type);
        grid.DutiesSince ??= clock.GetUtcNow();
        await Persist();
        // Enrol each level in the one above, so every area can rebuild from its children.
        for (var (child, parent) = (Code, AreaCode.Parent(Code)); parent is not null; (child, parent) = (parent, AreaCode.Parent(parent)))
            await GrainFactory.GetGrain<IAreaGrain>(parent).AddChild(child);
        await GrainFactory.GetGrain<IDistrictsGrain>(0).Enrol(Code[..6]);
        await ReviewDuties();
        return null;
    }

    public async Task<Refusal?> Retire(Actor actor)
    {
        var problem =
            (!grid.Defined ? Refusal.NotFound($"no grid {Code}") : null)
            ?? (actor.Role != Role.Admin || !actor.Covers(Code) ? Refusal.NotPermitted($"{actor.Role} {actor.Id} may not retire grid {Code}") : null)
            ?? (await GrainFactory.InUse(Code, book.ToLedger()) is { } inUse ? Refusal.Conflict(inUse) : null);
        if (problem is not null) return problem;
        if (!grid.Retired)
        {
            grid.Retired = true;
            await Persist();
        }
        // Its alerts are cleared and its duties reminder goes: nobody patrols a retired grid. Done
        // on a repeat too, in case the first attempt stopped after its write.
        await ReviewDuties();
        return null;
    }

    public Task<GridView?> Get() => Task.FromResult(grid.Defined
        ? new GridView(Code, grid.Name, grid.Type, AreaCode.Ancestors(Code), [.. grid.Workers], book.Counts(clock.GetUtcNow()), grid.Retired)
        : null);

    public Task<bool> Exists() => Task.FromResult(grid.Defined && !grid.Retired);

    public Task<AreaLedger> GetLedger() => Task.FromResult(book.ToLedger());

    public Task<IReadOnlyList<IncidentSummary>> GetOpenOfCategory(string category) =>
        Task.FromResult<IReadOnlyList<IncidentSummary>>([.. book.Cases.OpenOfCategory(category)]);

    public Task<AreaBoard> GetBoard() => Task.FromResult(book.Board(clock.GetUtcNow()));

    public Task<AreaChanges> GetChanges(string since) => Task.FromResult(book.Changes(since, clock.GetUtcNow()));

    public Task<IReadOnlyList<GridLight>> GetGridLights() => Task.FromResult(book.GridLights());

    public async Task Track(IncidentSummary incident)
    {
        if (incident.GridCode != Code) throw new ArgumentException($"case {incident.Id} is not in grid {Code}");
        // Nothing to store: the case wrote its row before telling, and a new activation reads it there.
        if (book.Track(incident)) await GrainFactory.Publish(book.ChangeEvents(incident, clock.GetUtcNow()));
        // Passed on even when it was a repeat: the first attempt may have stopped before this point.
        await Task.WhenAll(AreaCode.Ancestors(Code).Select(a => GrainFactory.GetGrain<IAreaGrain>(a).Track(incident)));
    }

    public async Task TrackWorker(WorkerSummary worker)
    {
        var member = worker.Grids.Contains(Code);
        if (member ? grid.Workers.Add(worker.Id) : grid.Workers.Remove(worker.Id)) await Persist();
        book.Track(worker);
        await Task.WhenAll(AreaCode.Ancestors(Code).Select(a => GrainFactory.GetGrain<IAreaGrain>(a).TrackWorker(worker)));
        if (grid.Defined) await ReviewDuties();
    }

    public async Task<Refusal?> SetPatrolCadence(TimeSpan cadence, Actor actor)
    {
        if (!grid.Defined) return Refusal.NotFound($"no grid {Code}");
        if (GridDutyRules.CadenceProblem(cadence, actor, Code) is { } problem) return problem;
        grid.PatrolCadence = cadence;
        await Persist();
        await ReviewDuties();
        return null;
    }

    public async Task<Refusal?> RecordPatrol(Actor actor, string? patrolId = null, double? coverage = null)
    {
        if (!grid.Defined) return Refusal.NotFound($"no grid {Code}");
        if (actor.Role != Role.Worker || !grid.Workers.Contains(actor.Id))
            return Refusal.NotPermitted($"only a worker of grid {Code} records its patrols");
        if (patrolId is not null && patrolId == grid.LastPatrolId) return null;
        (grid.LastPatrolAt, grid.LastPatrolId) = (clock.GetUtcNow(), patrolId);
        var patrol = ++grid.Patrols;
        // Logged before it is stored, as the patrol's number: a retry after a failed write finds it logged.
        await Logged(() => new PatrolRecorded(Code, actor.Id, patrolId, coverage).Record(events, PatrolRecorded.Stream, Code, patrol, actor, grid.LastPatrolAt.Value));
        await Persist();
        await ReviewDuties();
        return null;
    }

    public Task<GridDuties?> GetDuties() => Task.FromResult(grid.Defined
        ? new GridDuties(Code, grid.PatrolCadence, grid.LastPatrolAt, GridDutyRules.PatrolDueAt(grid), book.OpenAlerts())
        : null);

    public async Task<Refusal?> AcknowledgeAlert(string alertId, Actor actor)
    {
        var (acknowledged, refusal) = AlertAcknowledgements.Decide(book.OpenAlert(alertId), Code, alertId, actor, clock.GetUtcNow());
        if (refusal is not null) return refusal;
        if (book.Track(acknowledged!))
        {
            await Logged(() => Record(acknowledged!));
            await Persist();
            await GrainFactory.Publish(new AlertAcknowledged(acknowledged!));
        }
        // Passed on even when it was a repeat: the first attempt may have stopped before this point.
        await PassOn(acknowledged!);
        return null;
    }

    public async Task TrackAlert(Alert alert)
    {
        if (alert.GridCode != Code) throw new ArgumentException($"alert {alert.Id} is not in grid {Code}");
        if (book.Track(alert))
        {
            await Logged(() => Record(alert));
            await Persist();
            await GrainFactory.Publish(alert.IsOpen ? new AlertRaised(alert) : new AlertCleared(alert));
        }
        // Passed on even when it was a repeat: the first attempt may have stopped before this point.
        await PassOn(alert);
    }

    /// <summary>A tick may come late, twice, or after a restart: the review compares the clock with
    /// the stored state, and alert ids make a repeat raise nothing.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == DutiesReminder && grid.Defined ? ReviewDuties() : Task.CompletedTask;

    /// <summary>Raises and clears what is due now, writes, tells the areas and boards, and keeps the
    /// reminder on the next instant. The changes are applied before any await, so a call interleaving
    /// with this one reviews the state after them.</summary>
    private async Task ReviewDuties()
    {
        var now = clock.GetUtcNow();
        // A retired grid has no duties: whatever it had raised is cleared.
        var due = grid.Retired
            ? book.OpenAlerts().Select(a => a with { ClearedAt = now })
            : GridDutyRules.Review(Code, grid, now, configuration.Calendar, book.AnyAvailable);
        var changes = due.Where(book.Track).ToList();
        if (changes.Count > 0)
        {
            await Logged(() => Task.WhenAll(changes.Select(Record)));
            await Persist();
            await GrainFactory.Publish([.. changes.Select(a => a.IsOpen ? (LiveEvent)new AlertRaised(a) : new AlertCleared(a))]);
            await Task.WhenAll(changes.Select(PassOn));
        }
        await KeepReminder(now);
    }

    private Task PassOn(Alert alert) =>
        Task.WhenAll(AreaCode.Ancestors(Code).Select(a => GrainFactory.GetGrain<IAreaGrain>(a).TrackAlert(alert)));

    /// <summary>An alert's change for the log; its version is the kind of change, so a repeat adds nothing.</summary>
    private Task Record(Alert alert)
    {
        var change = AlertChanged.Of(alert);
        return change.Record(events, AlertChanged.Stream, alert.Id, (int)change.Change, Incidents.Timeouts.ActorFor(Code), change.At(alert));
    }

    /// <summary>A change's event is logged before the change is stored. Should that fail, the change
    /// is dropped from memory as a failed write's is (see <see cref="Persist"/>), so a retry or the
    /// next review makes it again, and logs it then.</summary>
    private async Task Logged(Func<Task> logging)
    {
        try { await logging(); }
        catch
        {
            await Load();
            throw;
        }
    }

    private Task KeepReminder(DateTimeOffset now) =>
        duties.Keep(grid.Retired ? null : GridDutyRules.NextInstant(grid, now, configuration.Calendar), now);

    /// <summary>A failed write leaves memory ahead of storage: the activation is dropped so the next
    /// call starts again from what is stored, and a retried change is applied anew.</summary>
    private Task Persist() => writes.Commit();
}
