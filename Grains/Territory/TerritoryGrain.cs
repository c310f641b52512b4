using GridActors.Access;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Storage;
using GridActors.Territory.Geometry;
using Orleans.Runtime;

namespace GridActors.Territory;

/// <summary>Checks a boundary file, defines its grids, then stores it and tells this silo's index.
/// Grids come first and the file last, so a crash in between leaves the old version stored and a
/// retried import applies the whole file again (defining a grid twice changes nothing).</summary>
public sealed class TerritoryGrain(
    [PersistentState("territory", "gridactors")] IPersistentState<TerritoryState> state,
    TerritoryIndex index,
    IEventLog events,
    TimeProvider clock) : Grain, ITerritoryGrain
{
    public async Task<TerritoryImportResult> Import(string geoJson, bool dryRun, Actor admin)
    {
        var previous = StoredGrids();
        if ((TerritoryRules.MayImport(admin) ?? TerritoryRules.OthersHeld(admin, previous)) is { } refusal)
            return TerritoryImportResult.Refused(refusal);
        geoJson ??= "";
        var version = TerritoryVersion.Of(geoJson);
        // The very file applied: checked and applied already, so it is not read again (a start-up
        // file is offered on every start).
        if (version == state.State.Version && previous.Count > 0)
        {
            // Logged again in case the first attempt stopped after its write: a repeat changes nothing.
            await RecordApplied(admin);
            return new(ImportOutcome.Unchanged, version, previous.Count, []);
        }
        var report = TerritoryImport.Read(geoJson);
        if (TerritoryRules.Outside(admin, report.Grids.Select(g => g.Code)) is { } outside)
            return TerritoryImportResult.Refused(outside);

        if (!report.IsClean) return new(ImportOutcome.Rejected, version, report.Grids.Count, [.. report.Findings.Select(ToWire)]);
        if (version == state.State.Version) return new(ImportOutcome.Unchanged, version, report.Grids.Count, []);
        var retiring = TerritoryRules.Retiring(admin, previous, report.Grids.Select(g => g.Code).ToHashSet(StringComparer.Ordinal));
        if (await InUse(retiring) is { Count: > 0 } busy) return new(ImportOutcome.Rejected, version, report.Grids.Count, busy, Retired: retiring);
        if (dryRun) return new(ImportOutcome.DryRun, version, report.Grids.Count, [], Retired: retiring);

        var refusals = await Task.WhenAll(report.Grids.Select(g =>
            GrainFactory.GetGrain<IGridGrain>(g.Code).Define(new GridDefinition(g.Name, g.Type), admin)));
        // The file checks what a grid grain checks but for the length of a name; a refusal here may
        // leave earlier grids defined, but the file is not stored, so no locator sends cases to them.
        var refused = report.Grids.Zip(refusals).Where(p => p.Second is not null).Select(p => Refused(p.First.Code, p.Second!)).ToList();
        if (refused.Count > 0) return new(ImportOutcome.Rejected, version, report.Grids.Count, refused);
        // Checked above; a case reported into a dropped grid since then makes its retirement refused.
        var unretired = (await Task.WhenAll(retiring.Select(async code => (code, refusal: await Grid(code).Retire(admin)))))
            .Where(r => r.refusal is not null).Select(r => Refused(r.code, r.refusal!)).ToList();
        if (unretired.Count > 0) return new(ImportOutcome.Rejected, version, report.Grids.Count, unretired, Retired: retiring);

        (state.State.Version, state.State.GeoJson, state.State.Grids) = (version, geoJson, [.. report.Grids.Select(g => g.Code)]);
        (state.State.Applied, state.State.LastRetired) = (state.State.Applied + 1, [.. retiring]);
        await state.WriteOrReload(this);
        index.Changed();
        await RecordApplied(admin);
        return new(ImportOutcome.Applied, version, report.Grids.Count, [], Retired: retiring);
    }

    private Task RecordApplied(Actor admin) => state.State is { Applied: > 0, Version: { } version }
        ? new TerritoryApplied(version, state.State.Grids.Count, state.State.LastRetired)
            .Record(events, TerritoryApplied.Stream, TerritoryApplied.Stream, state.State.Applied, admin, clock.GetUtcNow())
        : Task.CompletedTask;

    /// <summary>The grid codes of the stored file; a territory stored before its codes were kept
    /// has them read from its file.</summary>
    private List<string> StoredGrids() =>
        state.State.Grids.Count > 0 || state.State.GeoJson is not { } stored
            ? state.State.Grids
            : [.. TerritoryImport.Read(stored).Grids.Select(g => g.Code)];

    private async Task<List<TerritoryFinding>> InUse(IEnumerable<string> codes)
    {
        var found = await Task.WhenAll(codes.Select(async code =>
            (code, inUse: await GrainFactory.InUse(code, await Grid(code).GetLedger()))));
        return [.. found.Where(f => f.inUse is not null).Select(f => new TerritoryFinding(null, f.code, "RetiredInUse", $"{f.inUse} (it is not in the new file)"))];
    }

    private IGridGrain Grid(string code) => GrainFactory.GetGrain<IGridGrain>(code);

    private static TerritoryFinding Refused(string code, Refusal refusal) => new(null, code, "Refused", $"grid {code}: {refusal.Reason}");

    public Task<IReadOnlyList<string>> GetDistricts() =>
        Task.FromResult<IReadOnlyList<string>>([.. StoredGrids().Select(code => code[..6]).Distinct().Order(StringComparer.Ordinal)]);

    public Task<string?> GetVersion() => Task.FromResult(state.State.Version);

    public Task<TerritorySnapshot?> GetSnapshot() => Task.FromResult(state.State is { Version: { } v, GeoJson: { } json } ? new TerritorySnapshot(v, json) : null);

    private static TerritoryFinding ToWire(ImportFinding f) => new(f.Feature, f.Code, f.Kind.ToString(), f.Message, f.AreaSquareMetres);
}
