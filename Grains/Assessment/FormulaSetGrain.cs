using GridActors.Access;
using GridActors.Configuration;
using GridActors.Storage;
using Microsoft.Extensions.Logging;

namespace GridActors.Assessment;

/// <summary>Keeps every version of the formula set: a change is checked whole, stored as the next
/// version before it is answered, and never replaces the versions before it, so any period can be
/// computed again by the version it was first computed with.</summary>
public sealed class FormulaSetGrain(
    [PersistentState("formula-sets", "gridactors")] IPersistentState<FormulaSetState> state,
    TimeProvider clock,
    ILogger<FormulaSetGrain> log) : Grain, IFormulaSetGrain
{
    private static readonly FormulaSetDocument Shipped = new(1, FormulaSetFile.Shipped);

    public Task<FormulaSetDocument?> Get(int? version) => Task.FromResult(
        version switch
        {
            null => Current,
            1 => Shipped,
            _ => state.State.Versions.Find(v => v.Version == version) is { } stored ? new FormulaSetDocument(stored.Version, stored.Json) : null,
        });

    public async Task<FormulaSetChange> Set(string json, IfMatch ifMatch, Actor admin)
    {
        if (ConfigurationRules.MayChange(admin, "formula set") is { } notPermitted) return new(null, notPermitted);
        var current = Current!;
        var next = current.Version + 1;
        var (_, faults) = FormulaSetFile.Read(json, next);
        if (faults.Count > 0) return new(null, Faults: faults);
        // A PUT retried after its answer was lost finds its own document in force: success, not a change.
        if (json == current.Json) return new(current);
        if (!ifMatch.Matches(current.Tag))
            return new(null, new Refusal(RefusalCode.VersionMismatch,
                $"the formula set is at version \"{current.Tag}\", not {ifMatch}: someone changed it meanwhile; read it again"));
        state.State.Versions.Add(new StoredFormulaSet(next, json, admin.Id, clock.GetUtcNow()));
        await state.WriteOrReload(this);
        log.LogInformation("{Admin} put formula set version {Version} in force", admin.Id, next);
        return new(new FormulaSetDocument(next, json));
    }

    private FormulaSetDocument? Current => state.State.Versions is [.., var last] ? new FormulaSetDocument(last.Version, last.Json) : Shipped;
}
