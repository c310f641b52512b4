using GridActors.Storage;
using Orleans.Runtime;

namespace GridActors.Territory;

/// <summary>The districts enrolled by their grids as they are defined. Grids defined before this list
/// existed enrolled nobody: on its first activation it takes the districts of the stored territory.</summary>
public sealed class DistrictsGrain(
    [PersistentState("districts", "gridactors")] IPersistentState<DistrictsState> state) : Grain, IDistrictsGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.TookTerritory) return;
        state.State.Codes.UnionWith(await GrainFactory.GetGrain<ITerritoryGrain>(0).GetDistricts());
        state.State.TookTerritory = true;
        await state.WriteOrReload(this);
    }

    public Task Enrol(string district)
    {
        if (AreaCode.LevelOf(district) != AreaLevel.District || !AreaCode.IsValid(district))
            throw new ArgumentException($"{district} is not a district code");
        // A failed write drops the district from memory too, so the grid's retry writes it again.
        return state.State.Codes.Add(district) ? state.WriteOrReload(this) : Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetAll() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Codes]);
}

[GenerateSerializer, Alias("districts.state.v1")]
public sealed class DistrictsState
{
    [Id(0)] public SortedSet<string> Codes { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The stored territory's districts were taken in, once.</summary>
    [Id(1)] public bool TookTerritory { get; set; }
}
