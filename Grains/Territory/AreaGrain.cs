using GridActors.Incidents;
using GridActors.Live;
using GridActors.Storage;
using GridActors.Workers;
using Orleans.Runtime;

namespace GridActors.Territory;

/// <summary>A village, town or district. Its book lives in memory: rebuilt on activation from its
/// children's ledgers, then kept current by what its grids pass on. The grids persist the truth.</summary>
public sealed class AreaGrain(
    [PersistentState("area", "gridactors")] IPersistentState<AreaState> state,
    TimeProvider clock) : Grain, IAreaGrain
{
    private string Code => this.GetPrimaryKeyString();
    private AreaBook book = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        book = new AreaBook(Code, new CaseLedger());
        var children = await Task.WhenAll(state.State.Children.Select(child => AreaCode.IsGrid(child)
            ? GrainFactory.GetGrain<IGridGrain>(child).GetLedger()
            : GrainFactory.GetGrain<IAreaGrain>(child).GetLedger()));
        foreach (var child in children) book.Merge(child);
    }

    public Task AddChild(string code)
    {
        if (AreaCode.Parent(code) != Code) throw new ArgumentException($"{code} is not a child of {Code}");
        return state.State.Children.Add(code) ? state.WriteOrReload(this) : Task.CompletedTask;
    }

    public Task Track(IncidentSummary incident)
    {
        if (!AreaCode.Contains(Code, incident.GridCode)) throw new ArgumentException($"case {incident.Id} is not in area {Code}");
        return book.Track(incident) ? GrainFactory.Publish(book.ChangeEvents(incident, clock.GetUtcNow())) : Task.CompletedTask;
    }

    public Task TrackWorker(WorkerSummary worker)
    {
        book.Track(worker);
        return Task.CompletedTask;
    }

    public Task TrackAlert(Alert alert)
    {
        if (!AreaCode.Contains(Code, alert.GridCode)) throw new ArgumentException($"alert {alert.Id} is not in area {Code}");
        book.Track(alert);
        return Task.CompletedTask;
    }

    public Task<AreaCounts> GetCounts() => Task.FromResult(book.Counts(clock.GetUtcNow()));


    public Task<AreaLedger> GetLedger() => Task.FromResult(book.ToLedger());

    public Task<AreaBoard> GetBoard() => Task.FromResult(book.Board(clock.GetUtcNow()));

    public Task<AreaChanges> GetChanges(string since) => Task.FromResult(book.Changes(since, clock.GetUtcNow()));

    public Task<IReadOnlyList<GridLight>> GetGridLights() => Task.FromResult(book.GridLights());
}
