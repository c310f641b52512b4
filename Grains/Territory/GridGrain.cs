using GridActors.Access;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Storage;
using GridActors.Workers;
using Orleans.Concurrency;
using Orleans.Runtime;
using Orleans.Serialization;

namespace GridActors.Territory;

/// <summary>A grid: its definition, its workers, and the ledger of its cases, passed on to its
/// village, town and district. Every case of the grid passes through here, so calls interleave
/// and their writes are group-committed: each change is applied in memory at once, and a burst of
/// reports costs one write, not one each.</summary>
[Reentrant]
public sealed class GridGrain(
    [PersistentState("grid", "gridactors")] IPersistentState<GridState> state,
    DeepCopier<GridState> copier,
    TimeProvider clock) : Grain, IGridGrain
{
    private string Code => this.GetPrimaryKeyString();
    private GridState grid = null!;
    private AreaBook book = null!;
    private GroupCommit writes = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        grid = state.State;
        book = new AreaBook(Code, grid.Cases);
        // The provider serialises off the grain's turn, while other calls go on changing the
        // working state: each write stores a copy taken in the turn that starts it.
        writes = new GroupCommit(() =>
        {
            state.State = copier.Copy(grid);
            return state.WriteStateAsync();
        });
        var workers = await Task.WhenAll(grid.Workers.Select(w => GrainFactory.GetGrain<IWorkerGrain>(w).GetSummary()));
        foreach (var worker in workers.OfType<WorkerSummary>()) book.Track(worker);
    }

    public async Task<Refusal?> Define(GridDefinition definition, Actor actor)
    {
        var problem =
            (!AreaCode.IsGrid(Code) ? Refusal.Invalid("code", "a grid code looks like 320412101001-03") : null)
            ?? (actor.Role != Role.Admin || !actor.Covers(Code) ? Refusal.NotPermitted($"{actor.Role} {actor.Id} may not define grid {Code}") : null)
            ?? Text.Problem("name", definition.Name, 100, required: true)
            ?? (!Enum.IsDefined(definition.Type) ? Refusal.Invalid("type", "unknown grid type") : null);
        if (problem is not null) return problem;

        (grid.Defined, grid.Retired, grid.Name, grid.Type) = (true, false, definition.Name, definition.Type);
        await Persist();
        // Enrol each level in the one above, so every area can rebuild from its children.
        for (var (child, parent) = (Code, AreaCode.Parent(Code)); parent is not null; (child, parent) = (parent, AreaCode.Parent(parent)))
            await GrainFactory.GetGrain<IAreaGrain>(parent).AddChild(child);
        return null;
    }

    public async Task<Refusal?> Retire(Actor actor)
    {
        var problem =
            (!grid.Defined ? Refusal.NotFound($"no grid {Code}") : null)
            ?? (actor.Role != Role.Admin || !actor.Covers(Code) ? Refusal.NotPermitted($"{actor.Role} {actor.Id} may not retire grid {Code}") : null)
            ?? (grid.Cases.Open.Count > 0 || grid.Workers.Count > 0
                ? Refusal.Conflict($"grid {Code} still has {grid.Cases.Open.Count} open cases and {grid.Workers.Count} workers; move them before dropping it")
                : null);
        if (problem is not null || grid.Retired) return problem;
        grid.Retired = true;
        await Persist();
        return null;
    }

    public Task<GridView?> Get() => Task.FromResult(grid.Defined
        ? new GridView(Code, grid.Name, grid.Type, AreaCode.Ancestors(Code), [.. grid.Workers], book.Counts(clock.GetUtcNow()), grid.Retired)
        : null);

    public Task<bool> Exists() => Task.FromResult(grid.Defined && !grid.Retired);

    public Task<AreaLedger> GetLedger() => Task.FromResult(book.ToLedger());

    public Task<AreaBoard> GetBoard() => Task.FromResult(book.Board(clock.GetUtcNow()));

    public Task<AreaChanges> GetChanges(string since) => Task.FromResult(book.Changes(since, clock.GetUtcNow()));

    public async Task Track(IncidentSummary incident)
    {
        if (incident.GridCode != Code) throw new ArgumentException($"case {incident.Id} is not in grid {Code}");
        if (book.Track(incident))
        {
            await Persist();
            await GrainFactory.Publish(book.CountsEvent(clock.GetUtcNow()));
        }
        // Passed on even when it was a repeat: the first attempt may have stopped before this point.
        await Task.WhenAll(AreaCode.Ancestors(Code).Select(a => GrainFactory.GetGrain<IAreaGrain>(a).Track(incident)));
    }

    public async Task TrackWorker(WorkerSummary worker)
    {
        var member = worker.Grids.Contains(Code);
        if (member ? grid.Workers.Add(worker.Id) : grid.Workers.Remove(worker.Id)) await Persist();
        book.Track(worker);
        await Task.WhenAll(AreaCode.Ancestors(Code).Select(a => GrainFactory.GetGrain<IAreaGrain>(a).TrackWorker(worker)));
    }

    /// <summary>A failed write leaves memory ahead of storage: the activation is dropped so the next
    /// call starts again from what is stored, and a retried change is applied anew.</summary>
    private async Task Persist()
    {
        try { await writes.Commit(); }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
