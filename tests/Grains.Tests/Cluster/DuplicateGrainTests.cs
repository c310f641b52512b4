using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Territory;

namespace GridActors.Tests.Cluster;

/// <summary>Duplicates on a live cluster: a report is flagged against the open cases its grid knows,
/// and an operator merges it into the case, which keeps every reporter. Its own silo, since the
/// clock moves three days here.</summary>
[Collection(DeadlineCollection.Name)]
public class DuplicateGrainTests(ClusterFixture fixture)
{
    private static readonly Actor Hotline = new("hotline-12345", Role.External, "320000");

    /// <summary><paramref name="metres"/> north (south when negative) of where <see cref="World.AReport"/> lies.</summary>
    private static GeoPoint North(double metres) => new(31.7 + metres / 111_195.08, 119.95);

    private static async Task<IncidentView> Reported(World world, string id, Report report, Actor by)
    {
        await world.Do(id, report, by);
        return (await world.Incident(id).Get())!;
    }

    [Fact]
    public async Task A_report_is_flagged_against_an_open_case_of_its_kind_within_50_m_and_72_hours_and_no_other()
    {
        var world = await World.Create(fixture.Grains);
        var first = (await Reported(world, $"{world.District}-a", world.AReport(), world.Reporter)).Id;

        var near = await Reported(world, $"{world.District}-near", world.AReport() with { Location = North(45) }, Hotline);
        var far = await Reported(world, $"{world.District}-far", world.AReport() with { Location = North(-55) }, Hotline);
        var otherKind = await Reported(world, $"{world.District}-kind", world.AReport() with { Category = "order.street-vending" }, Hotline);

        Assert.Equal([first], near.LikelyDuplicateOf);
        Assert.Equal([first], near.History[0].LikelyDuplicateOf);
        Assert.Equal([first], (await world.GridGrain.GetLedger()).Open.Single(c => c.Id == near.Id).LikelyDuplicateOf);
        Assert.Empty(far.LikelyDuplicateOf!);
        Assert.Empty(otherKind.LikelyDuplicateOf!);

        // 72 hours after the first report it still counts; a minute later it no longer does.
        fixture.Time.Advance(TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1));
        var late = await Reported(world, $"{world.District}-72h", world.AReport(), Hotline);
        Assert.Contains(first, late.LikelyDuplicateOf!);
        fixture.Time.Advance(TimeSpan.FromMinutes(2));
        var later = await Reported(world, $"{world.District}-72h1", world.AReport() with { Location = North(20) }, Hotline);
        Assert.DoesNotContain(first, later.LikelyDuplicateOf!);
    }

    [Fact]
    public async Task A_merged_duplicate_ends_and_the_open_case_keeps_both_reporters()
    {
        var world = await World.Create(fixture.Grains);
        var open = await world.DispatchedCase($"{world.District}-m");
        var duplicate = (await Reported(world, $"{world.District}-dup", world.AReport() with { Location = North(10) }, Hotline)).Id;

        await world.Do(duplicate, new Merge(open), world.Operator);

        var merged = (await world.Incident(duplicate).Get())!;
        Assert.Equal((IncidentStatus.Merged, open, EventKind.Merged, world.Operator), (merged.Status, merged.MergedInto, merged.History[^1].Kind, merged.History[^1].By));
        var target = (await world.Incident(open).Get())!;
        Assert.Equal([world.Reporter, Hotline], target.Reporters);
        Assert.Equal([duplicate], target.MergedFrom);
        Assert.Equal((EventKind.ReportersAdded, $"merged from {duplicate}", IncidentStatus.Dispatched, world.Handler.Id),
            (target.History[^1].Kind, target.History[^1].Text, target.Status, target.Handler));
        var grid = (await world.GridGrain.Get())!.Counts;
        Assert.Equal((1, 1, 0), (grid.Open, grid.Merged, grid.Closed));
    }

    [Fact]
    public async Task A_merge_cut_short_after_the_open_case_took_the_reporters_completes_once_when_retried()
    {
        var world = await World.Create(fixture.Grains);
        var open = await world.DispatchedCase($"{world.District}-c");
        var duplicate = (await Reported(world, $"{world.District}-cdup", world.AReport(), Hotline)).Id;
        // As far as a first attempt got before its silo died: the open case has the reporters.
        Assert.Null((await world.Incident(open).Handle(new AddReporters(duplicate, [Hotline]), $"merge:{duplicate}", world.Operator)).Refusal);

        var first = await world.Incident(duplicate).Handle(new Merge(open), "merge-1", world.Operator);
        var again = await world.Incident(duplicate).Handle(new Merge(open), "merge-1", world.Operator);

        Assert.Equal((2L, false, 2L, true), (first.Version, first.AlreadyApplied, again.Version, again.AlreadyApplied));
        var target = (await world.Incident(open).Get())!;
        Assert.Equal(1, target.History.Count(e => e.Kind == EventKind.ReportersAdded));
        Assert.Equal([world.Reporter, Hotline], target.Reporters);
    }

    [Fact]
    public async Task A_merge_into_a_finished_unknown_or_foreign_case_is_refused_and_changes_nothing()
    {
        var world = await World.Create(fixture.Grains);
        var other = await World.Create(fixture.Grains);
        var duplicate = (await Reported(world, $"{world.District}-rdup", world.AReport(), Hotline)).Id;
        var rejected = $"{world.District}-rej";
        await world.Do(rejected, world.AReport(), world.Reporter);
        await world.Do(rejected, new Reject("not a case"), world.Operator);
        var foreign = (await Reported(other, $"{other.District}-f", other.AReport(), other.Reporter)).Id;

        async Task<Refusal> Merging(string into) => (await world.Incident(duplicate).Handle(new Merge(into), $"m-{into}", world.Operator)).Refusal!;

        Assert.Equal((RefusalCode.Invalid, "into", $"case {rejected} cannot take this report: cannot add reporters to a case that is Rejected"),
            ((await Merging(rejected)).Code, (await Merging(rejected)).Field, (await Merging(rejected)).Reason));
        Assert.Equal(("into", $"no case {world.District}-none"), ((await Merging($"{world.District}-none")).Field, (await Merging($"{world.District}-none")).Reason));
        Assert.Equal(RefusalCode.NotPermitted, (await Merging(foreign)).Code);
        Assert.Equal(("into", "a case cannot be merged into itself"), ((await Merging(duplicate)).Field, (await Merging(duplicate)).Reason));
        var view = (await world.Incident(duplicate).Get())!;
        Assert.Equal((IncidentStatus.Reported, 1L, (string?)null), (view.Status, view.Version, view.MergedInto));
        Assert.Equal([other.Reporter], (await other.Incident(foreign).Get())!.Reporters);
    }

    [Fact]
    public async Task A_report_across_a_grid_edge_is_flagged_against_the_case_in_the_neighbouring_grid()
    {
        // Two tiles side by side in a district of this test's own; their shared edge is column 1.
        const string district = "331901";
        string Grid(int n) => $"{district}101001-{n:D2}";
        var import = await fixture.Grains.GetGrain<ITerritoryGrain>(0).Import(Tiles.Collection(
            Tiles.Feature(Grid(1), Tiles.Polygon(Tiles.Ring(0, 0, 1, 1))),
            Tiles.Feature(Grid(2), Tiles.Polygon(Tiles.Ring(1, 0, 1, 1)))), dryRun: false, new Actor("admin", Role.Admin, district));
        Assert.Equal(ImportOutcome.Applied, import.Outcome);
        Report At(string grid, double column) =>
            new(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "Rubbish heap", grid, Location: Tiles.At(column, 0.5));

        // 19 m west of the edge; 19 m east of it (38 m apart); 47 m east of it (66 m from the first, 28 m
        // from the second), once as street vending and once as rubbish.
        await fixture.Grains.GetGrain<IIncidentGrain>($"{district}-west").Handle(At(Grid(1), 0.8), "r-west", Hotline);
        await fixture.Grains.GetGrain<IIncidentGrain>($"{district}-east").Handle(At(Grid(2), 1.2), "r-east", Hotline);
        await fixture.Grains.GetGrain<IIncidentGrain>($"{district}-vending").Handle(At(Grid(2), 1.5) with { Category = "order.street-vending" }, "r-vending", Hotline);
        await fixture.Grains.GetGrain<IIncidentGrain>($"{district}-far").Handle(At(Grid(2), 1.5), "r-far", Hotline);

        Assert.Equal([$"{district}-west"], (await fixture.Grains.GetGrain<IIncidentGrain>($"{district}-east").Get())!.LikelyDuplicateOf);
        Assert.Equal([$"{district}-east"], (await fixture.Grains.GetGrain<IIncidentGrain>($"{district}-far").Get())!.LikelyDuplicateOf);
    }
}
