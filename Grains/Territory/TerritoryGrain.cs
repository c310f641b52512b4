using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory.Geometry;
using Orleans.Runtime;

namespace GridActors.Territory;

/// <summary>Checks a boundary file, defines its grids, then stores it and tells this silo's index.
/// Grids come first and the file last, so a crash in between leaves the old version stored and a
/// retried import applies the whole file again (defining a grid twice changes nothing).</summary>
public sealed class TerritoryGrain(
    [PersistentState("territory", "gridactors")] IPersistentState<TerritoryState> state,
    TerritoryIndex index) : Grain, ITerritoryGrain
{
    public async Task<TerritoryImportResult> Import(string geoJson, bool dryRun, Actor admin)
    {
        if (admin.Role != Role.Admin) return TerritoryImportResult.Refused(Refusal.NotPermitted($"{admin.Role} {admin.Id} may not import the territory"));
        geoJson ??= "";
        var report = TerritoryImport.Read(geoJson);
        if (report.Grids.FirstOrDefault(g => !admin.Covers(g.District)) is { } outside)
            return TerritoryImportResult.Refused(Refusal.NotPermitted($"{admin.Role} {admin.Id} may not import grids of district {outside.District}"));

        var version = TerritoryVersion.Of(geoJson);
        if (!report.IsClean) return new(ImportOutcome.Rejected, version, report.Grids.Count, [.. report.Findings.Select(ToWire)]);
        if (version == state.State.Version) return new(ImportOutcome.Unchanged, version, report.Grids.Count, []);
        if (dryRun) return new(ImportOutcome.DryRun, version, report.Grids.Count, []);

        var refusals = await Task.WhenAll(report.Grids.Select(g =>
            GrainFactory.GetGrain<IGridGrain>(g.Code).Define(new GridDefinition(g.Name, g.Type), admin)));
        // The file checks what a grid grain checks but for the length of a name; a refusal here may
        // leave earlier grids defined, but the file is not stored, so no locator sends cases to them.
        var refused = report.Grids.Zip(refusals).Where(p => p.Second is not null)
            .Select(p => new TerritoryFinding(null, p.First.Code, "Refused", $"grid {p.First.Code}: {p.Second!.Reason}")).ToList();
        if (refused.Count > 0) return new(ImportOutcome.Rejected, version, report.Grids.Count, refused);

        (state.State.Version, state.State.GeoJson) = (version, geoJson);
        await state.WriteStateAsync();
        index.Changed();
        return new(ImportOutcome.Applied, version, report.Grids.Count, []);
    }

    public Task<string?> GetVersion() => Task.FromResult(state.State.Version);

    public Task<TerritorySnapshot?> GetSnapshot() => Task.FromResult(state.State is { Version: { } v, GeoJson: { } json } ? new TerritorySnapshot(v, json) : null);

    private static TerritoryFinding ToWire(ImportFinding f) => new(f.Feature, f.Code, f.Kind.ToString(), f.Message, f.AreaSquareMetres);
}
