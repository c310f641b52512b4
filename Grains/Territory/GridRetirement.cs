using GridActors.Registers;

namespace GridActors.Territory;

/// <summary>What keeps a grid from being dropped from the territory: anything that would be left
/// without a grid.</summary>
public static class GridRetirement
{
    /// <summary>Why the grid cannot be retired yet, or null when nothing is left in it.</summary>
    public static async Task<string?> InUse(this IGrainFactory grains, string code, AreaLedger ledger)
    {
        var people = await grains.GetGrain<IRegisterGrain>(code).GetCounts();
        var registered = people.KeyPersons + people.VulnerablePeople;
        return ledger.Open.Count == 0 && ledger.Workers.Count == 0 && registered == 0 ? null
            : $"grid {code} still has {ledger.Open.Count} open cases, {ledger.Workers.Count} workers and {registered} people on its registers; move them before dropping it";
    }
}
