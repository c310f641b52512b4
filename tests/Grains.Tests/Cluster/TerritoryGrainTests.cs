using System.Globalization;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Cluster;

/// <summary>Imports through the territory grain. The grain is one for the whole cluster and holds one
/// district's grids, which no other district's admin may replace: each test has a silo of its own.</summary>
public sealed class TerritoryGrainTests : IAsyncLifetime
{
    private static int next;
    private readonly ClusterFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private ITerritoryGrain Territory => fixture.Grains.GetGrain<ITerritoryGrain>(0);

    private static string NewDistrict() => (330100 + Interlocked.Increment(ref next)).ToString(CultureInfo.InvariantCulture);

    private static Actor AdminOf(string district) => new("admin", Role.Admin, district);

    private static string GridOf(string district, int number) => $"{district}101001-{number:D2}";

    /// <summary>Four tiles, two by two, in one village of the district; grid 2 starts at
    /// <paramref name="secondColumn"/>, so 0.5 lays half of it over grid 1.</summary>
    private static string File(string district, double secondColumn = 1) => Collection(
        Feature(GridOf(district, 1), Polygon(Ring(0, 0, 1, 1))),
        Feature(GridOf(district, 2), Polygon(Ring(secondColumn, 0, 1, 1))),
        Feature(GridOf(district, 3), Polygon(Ring(0, 1, 1, 1))),
        Feature(GridOf(district, 4), Polygon(Ring(1, 1, 1, 1))));

    private async Task<bool[]> Defined(string district) =>
        await Task.WhenAll(Enumerable.Range(1, 4).Select(n => fixture.Grains.GetGrain<IGridGrain>(GridOf(district, n)).Exists()));

    [Fact]
    public async Task A_clean_import_defines_every_grid_in_its_areas_and_the_locator_finds_them()
    {
        var district = NewDistrict();

        var result = await Territory.Import(File(district), dryRun: false, AdminOf(district));

        Assert.Equal((ImportOutcome.Applied, 4), (result.Outcome, result.Grids));
        Assert.Empty(result.Findings);
        Assert.Equal(result.Version, await Territory.GetVersion());
        Assert.All(await Defined(district), Assert.True);
        var grid = (await fixture.Grains.GetGrain<IGridGrain>(GridOf(district, 4)).Get())!;
        Assert.Equal(("第04网格", GridType.Community), (grid.Name, grid.Type));
        Assert.Equal([$"{district}101001", $"{district}101", district], grid.AreaPath);
        var located = await fixture.Grains.GetGrain<ILocatorGrain>(0).Locate(At(1.5, 1.5));
        Assert.Equal((GridOf(district, 4), "InGrid"), (located.GridCode, located.Reason));

        // The same file again changes nothing, in the log neither.
        Assert.Equal(ImportOutcome.Unchanged, (await Territory.Import(File(district), dryRun: false, AdminOf(district))).Outcome);
        var applied = Assert.Single(await fixture.Log.Read("territory", "territory"));
        Assert.Equal((1L, "territory.applied.v1"), (applied.Version, applied.Type));
        Assert.Contains($"\"version\":\"{result.Version}\"", applied.Data);
    }

    [Fact]
    public async Task The_locator_answers_an_areas_grid_shapes_and_only_the_version_to_a_caller_holding_it()
    {
        var district = NewDistrict();
        var version = (await Territory.Import(File(district), dryRun: false, AdminOf(district))).Version;
        var locator = fixture.Grains.GetGrain<ILocatorGrain>(0);

        var shapes = await locator.GetShapes(GridOf(district, 3), null);
        var held = await locator.GetShapes($"{district}101", version);

        Assert.Equal(version, shapes.Version);
        var grid = Assert.Single(shapes.Grids!);
        Assert.Equal((GridOf(district, 3), "第03网格", GridType.Community), (grid.Code, grid.Name, grid.Type));
        Assert.StartsWith("""{"type":"Polygon","coordinates":[[[119.95,""", grid.Boundary);
        Assert.Equal(new AreaShapes(version, null), held);
        Assert.Equal([.. Enumerable.Range(1, 4).Select(n => GridOf(district, n))], (await locator.GetShapes(district, "older")).Grids!.Select(g => g.Code));
        Assert.Empty((await locator.GetShapes("330199", null)).Grids!);
    }

    [Fact]
    public async Task A_file_with_an_overlap_changes_nothing_and_says_where()
    {
        var district = NewDistrict();
        var before = await Territory.GetVersion();

        var result = await Territory.Import(File(district, secondColumn: 0.5), dryRun: false, AdminOf(district));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        var overlap = Assert.Single(result.Findings, f => f.Kind == "Overlap");
        Assert.Equal((0, GridOf(district, 1)), (overlap.Feature, overlap.Code));
        Assert.Equal(before, await Territory.GetVersion());
        Assert.All(await Defined(district), Assert.False);
    }

    [Fact]
    public async Task A_dry_run_of_a_clean_file_changes_nothing()
    {
        var district = NewDistrict();
        var before = await Territory.GetVersion();

        var result = await Territory.Import(File(district), dryRun: true, AdminOf(district));

        Assert.Equal((ImportOutcome.DryRun, 4), (result.Outcome, result.Grids));
        Assert.Empty(result.Findings);
        Assert.Equal(before, await Territory.GetVersion());
        Assert.All(await Defined(district), Assert.False);
    }

    [Fact]
    public async Task Importing_the_same_file_again_is_a_no_op()
    {
        var district = NewDistrict();
        var first = await Territory.Import(File(district), dryRun: false, AdminOf(district));

        var again = await Territory.Import(File(district), dryRun: false, AdminOf(district));

        Assert.Equal((ImportOutcome.Applied, ImportOutcome.Unchanged), (first.Outcome, again.Outcome));
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.Version, await Territory.GetVersion());
    }

    /// <summary>The left column of <see cref="File"/>: grids 1 and 3, a rectangle with no gap.</summary>
    private static string LeftColumn(string district) => Collection(
        Feature(GridOf(district, 1), Polygon(Ring(0, 0, 1, 1))),
        Feature(GridOf(district, 3), Polygon(Ring(0, 1, 1, 1))));

    [Fact]
    public async Task A_new_file_that_drops_grids_retires_them_and_the_locator_stops_sending_cases_there()
    {
        var district = NewDistrict();
        await Territory.Import(File(district), dryRun: false, AdminOf(district));

        var dry = await Territory.Import(LeftColumn(district), dryRun: true, AdminOf(district));
        var applied = await Territory.Import(LeftColumn(district), dryRun: false, AdminOf(district));

        Assert.Equal((ImportOutcome.DryRun, ImportOutcome.Applied), (dry.Outcome, applied.Outcome));
        Assert.Equal([GridOf(district, 2), GridOf(district, 4)], dry.Retired);
        Assert.Equal([GridOf(district, 2), GridOf(district, 4)], applied.Retired);
        var defined = await Defined(district);
        Assert.Equal([true, false, true, false], defined);
        Assert.True((await fixture.Grains.GetGrain<IGridGrain>(GridOf(district, 4)).Get())!.Retired);
        var located = await fixture.Grains.GetGrain<ILocatorGrain>(0).Locate(At(1.5, 1.5));
        Assert.NotEqual(GridOf(district, 4), located.GridCode);

        var restored = await Territory.Import(File(district), dryRun: false, AdminOf(district));
        Assert.Equal((ImportOutcome.Applied, 0), (restored.Outcome, restored.Retired!.Count));
        Assert.All(await Defined(district), Assert.True);
    }

    [Fact]
    public async Task A_grid_that_still_has_workers_is_not_dropped_and_nothing_changes()
    {
        var district = NewDistrict();
        var first = await Territory.Import(File(district), dryRun: false, AdminOf(district));
        var worker = fixture.Grains.GetGrain<GridActors.Workers.IWorkerGrain>($"{district}-w4");
        Assert.Null(await worker.Register(new GridActors.Workers.WorkerProfile("Wang", GridActors.Workers.WorkerKind.FullTime, [GridOf(district, 4)]), AdminOf(district)));

        var result = await Territory.Import(LeftColumn(district), dryRun: false, AdminOf(district));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((GridOf(district, 4), "RetiredInUse"), (finding.Code, finding.Kind));
        Assert.Contains("0 open cases, 1 workers and 0 people on its registers", finding.Message);
        Assert.Equal(first.Version, await Territory.GetVersion());
        Assert.All(await Defined(district), Assert.True);
    }

    [Fact]
    public async Task Only_the_admin_of_the_whole_district_may_import_and_only_its_own_grids()
    {
        var district = NewDistrict();

        var operatorResult = await Territory.Import(File(district), dryRun: true, new Actor("op", Role.Operator, district));
        var townAdmin = await Territory.Import(File(district), dryRun: false, new Actor("admin-town", Role.Admin, $"{district}101"));
        var otherAdmin = await Territory.Import(File(district), dryRun: true, AdminOf(NewDistrict()));

        Assert.Equal(RefusalCode.NotPermitted, operatorResult.Refusal?.Code);
        Assert.Equal((RefusalCode.NotPermitted, $"Admin admin-town (scope '{district}101') may not import a territory: only the admin of a whole district imports that district's grids"),
            (townAdmin.Refusal?.Code, townAdmin.Refusal?.Reason));
        Assert.Equal(RefusalCode.NotPermitted, otherAdmin.Refusal?.Code);
        Assert.StartsWith($"admin may not import grid {GridOf(district, 1)}: it lies in district {district}", otherAdmin.Refusal!.Reason, StringComparison.Ordinal);
        Assert.Null(await Territory.GetVersion());
        Assert.All(await Defined(district), Assert.False);
    }

    [Fact]
    public async Task A_town_admin_cannot_wipe_the_district_s_territory_with_an_empty_file()
    {
        var district = NewDistrict();
        var applied = await Territory.Import(File(district), dryRun: false, AdminOf(district));

        var wipe = await Territory.Import("""{"type":"FeatureCollection","features":[]}""", dryRun: false, new Actor("admin-town", Role.Admin, $"{district}101"));

        Assert.Equal((ImportOutcome.Rejected, RefusalCode.NotPermitted), (wipe.Outcome, wipe.Refusal?.Code));
        Assert.Equal(applied.Version, await Territory.GetVersion());
        var located = await fixture.Grains.GetGrain<ILocatorGrain>(0).Locate(At(1.5, 1.5));
        Assert.Equal((GridOf(district, 4), "InGrid"), (located.GridCode, located.Reason));
    }

    [Fact]
    public async Task Another_district_s_admin_neither_retires_nor_replaces_this_district_s_grids_even_in_a_dry_run()
    {
        var (district, other) = (NewDistrict(), NewDistrict());
        var applied = await Territory.Import(File(district), dryRun: false, AdminOf(district));

        var ownFile = await Territory.Import(File(other), dryRun: false, AdminOf(other));
        var ownDryRun = await Territory.Import(File(other), dryRun: true, AdminOf(other));
        var emptyFile = await Territory.Import("""{"type":"FeatureCollection","features":[]}""", dryRun: false, AdminOf(other));
        var thisDistrictsDryRun = await Territory.Import(LeftColumn(district), dryRun: true, AdminOf(other));

        var expected = $"the territory holds district {district}'s grids (e.g. {GridOf(district, 1)}); the admin of district {other} may not replace them";
        Assert.All(new[] { ownFile, ownDryRun, emptyFile, thisDistrictsDryRun }, r =>
            Assert.Equal((ImportOutcome.Rejected, RefusalCode.NotPermitted, expected, (IReadOnlyList<string>?)null), (r.Outcome, r.Refusal?.Code, r.Refusal?.Reason, r.Retired)));
        Assert.Equal(applied.Version, await Territory.GetVersion());
        Assert.All(await Defined(district), Assert.True);
        Assert.All(await Defined(other), Assert.False);
    }
}
