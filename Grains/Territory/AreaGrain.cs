using Orleans.Runtime;
using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>A village, town or district. Its ledger lives in memory: rebuilt on activation from its
/// children's ledgers, then kept current by what its grids pass on. The grids persist the truth.</summary>
public sealed class AreaGrain(
    [PersistentState("area", "gridactors")] IPersistentState<AreaState> state,
    TimeProvider clock) : Grain, IAreaGrain
{
    private CaseLedger ledger = new();

    private string Code => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var children = await Task.WhenAll(state.State.Children.Select(child => AreaCode.IsGrid(child)
            ? GrainFactory.GetGrain<IGridGrain>(child).GetLedger()
            : GrainFactory.GetGrain<IAreaGrain>(child).GetLedger()));
        foreach (var child in children) ledger.Merge(child);
    }

    public Task AddChild(string code)
    {
        if (AreaCode.Parent(code) != Code) throw new ArgumentException($"{code} is not a child of {Code}");
        return state.State.Children.Add(code) ? state.WriteStateAsync() : Task.CompletedTask;
    }

    public Task Track(IncidentSummary incident)
    {
        if (!AreaCode.Contains(Code, incident.GridCode)) throw new ArgumentException($"case {incident.Id} is not in area {Code}");
        ledger.Apply(incident);
        return Task.CompletedTask;
    }

    public Task<AreaCounts> GetCounts() => Task.FromResult(ledger.Counts(clock.GetUtcNow()));

    public Task<IReadOnlyList<OpenCase>> GetOpenCases() => Task.FromResult(ledger.List());

    public Task<AreaLedger> GetLedger() => Task.FromResult(ledger.ToLedger());
}
