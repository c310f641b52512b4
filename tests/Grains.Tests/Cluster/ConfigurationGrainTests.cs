using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Configuration;
using GridActors.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Cluster;

/// <summary>A silo of its own: these tests change the catalogue and the calendar every case uses.</summary>
[CollectionDefinition(Name)]
public sealed class ConfigurationCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "configuration";
}

/// <summary>An admin's change of the catalogue or the calendar: validated with the file's loader,
/// stored, and used by the next command; a refused change leaves everything as it was. The clock
/// stays at the fixture's start, Friday 27 November 2026 09:00 (+08:00).</summary>
[Collection(ConfigurationCollection.Name)]
public class ConfigurationGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private IConfigurationGrain Categories => fixture.Grains.GetGrain<IConfigurationGrain>(ConfigurationKeys.Categories);
    private IConfigurationGrain Calendar => fixture.Grains.GetGrain<IConfigurationGrain>(ConfigurationKeys.Calendar);

    private LiveConfiguration Live => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<LiveConfiguration>();

    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");

    /// <summary>The catalogue in force with one limit of exposed rubbish replaced.</summary>
    private async Task<(string Json, string Tag)> RubbishAccept(string normal)
    {
        var current = await Categories.Get();
        var file = JsonNode.Parse(current.Json)!;
        var rubbish = file["categories"]!.AsArray().Single(c => (string?)c!["code"] == "environment.rubbish")!;
        rubbish["limits"]!["accept"]!["normal"] = normal;
        return (file.ToJsonString(), current.Tag);
    }

    private async Task<DateTimeOffset> AcceptDueOfANewCase(World world, string id) =>
        (await world.Incident(await world.DispatchedCase(id)).Get())!.StageDueAt!.Value;

    [Fact]
    public async Task A_bad_catalogue_is_refused_naming_each_entry_and_the_running_one_stays()
    {
        var world = await World.Create(fixture.Grains);
        var before = await Categories.Get();
        var running = Live.CategorySetting.Current;
        var (accept, tag) = await RubbishAccept("0 WorkingHours");
        // Only rubbish's level: other grid matters may or may not be in the catalogue, as tests before removed them or not.
        var file = JsonNode.Parse(accept)!;
        file["categories"]!.AsArray().Single(c => (string?)c!["code"] == "environment.rubbish")!["defaultLevel"] = "Street";
        var json = file.ToJsonString();

        var change = await Categories.Set(json, IfMatch.Tag(tag), PlatformAdmin);

        Assert.Null(change.Document);
        Assert.Equal(
            [
                new("environment.rubbish", "unknown default level 'Street'; use Grid, Village, Town, District, Department"),
                new("environment.rubbish limits.accept.normal", "a limit must be more than zero, not 0"),
            ],
            change.Faults!);
        Assert.Equal(before, await Categories.Get());
        Assert.Same(running, Live.CategorySetting.Current);
    }

    [Fact]
    public async Task A_good_catalogue_is_stored_and_the_next_report_counts_its_deadline_with_it()
    {
        var world = await World.Create(fixture.Grains);
        var (json, tag) = await RubbishAccept("3 NaturalHours");

        var change = await Categories.Set(json, IfMatch.Tag(tag), PlatformAdmin);
        var logged = (await fixture.Log.Read("configuration", ConfigurationKeys.Categories)).ToList();

        Assert.Null(change.Faults);
        // A retried PUT finds its own document in force: success, and nothing new in the log.
        Assert.Null((await Categories.Set(json, IfMatch.Tag(tag), PlatformAdmin)).Faults);
        Assert.Equal(logged, await fixture.Log.Read("configuration", ConfigurationKeys.Categories));
        Assert.Equal(("configuration.changed.v1", PlatformAdmin.Id), (logged[^1].Type, logged[^1].By.Id));
        Assert.Contains($"\"tag\":\"{change.Document!.Tag}\"", logged[^1].Data);
        Assert.Equal(change.Document, await Categories.GetStored());
        Assert.Equal(change.Document, await Categories.Get());
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 12, 0, 0, Cst), await AcceptDueOfANewCase(world, $"{world.District}-good"));
    }

    [Fact]
    public async Task A_change_from_a_stale_tag_or_by_anyone_but_a_platform_admin_is_refused()
    {
        var world = await World.Create(fixture.Grains);
        var (json, tag) = await RubbishAccept("5 NaturalHours");
        var first = await Categories.Set(json, IfMatch.Tag(tag), PlatformAdmin);
        Assert.NotNull(first.Document);

        var (second, _) = await RubbishAccept("6 NaturalHours");
        Assert.Equal(RefusalCode.VersionMismatch, (await Categories.Set(second, IfMatch.Tag(tag), PlatformAdmin)).Refusal?.Code);
        Assert.Equal(RefusalCode.NotPermitted, (await Categories.Set(second, IfMatch.Tag(first.Document!.Tag), new Actor("town-admin", Role.Admin, world.Town))).Refusal?.Code);
        Assert.Equal(RefusalCode.NotPermitted, (await Categories.Set(second, IfMatch.Tag(first.Document.Tag), world.Admin)).Refusal?.Code);
        Assert.Equal(RefusalCode.NotPermitted, (await Categories.Set(second, IfMatch.Tag(first.Document.Tag), new Actor("op", Role.Operator, world.District))).Refusal?.Code);
        Assert.Equal(first.Document, await Categories.Get());
    }

    [Fact]
    public async Task A_category_used_by_an_open_case_of_any_district_cannot_be_removed_and_an_unused_one_can()
    {
        // One open case in each of two districts; the platform admin covers neither.
        var (one, other) = (await World.Create(fixture.Grains), await World.Create(fixture.Grains));
        foreach (var world in new[] { one, other })
            await world.Do($"{world.District}-in-use", world.AReport() with { Category = "facilities.damaged" }, world.Reporter);
        var current = await Categories.Get();
        string Without(string code)
        {
            var file = JsonNode.Parse(current.Json)!;
            var categories = file["categories"]!.AsArray();
            categories.Remove(categories.Single(c => (string?)c!["code"] == code));
            return file.ToJsonString();
        }

        var refused = await Categories.Set(Without("facilities.damaged"), IfMatch.Tag(current.Tag), PlatformAdmin);
        Assert.Equal(RefusalCode.Conflict, refused.Refusal?.Code);
        Assert.Equal($"categories still used by open cases cannot be removed: facilities.damaged (2 open case(s), e.g. {one.District}-in-use, {other.District}-in-use)",
            refused.Refusal!.Reason);
        Assert.Equal(current, await Categories.Get());

        var applied = await Categories.Set(Without("environment.road-cleaning"), IfMatch.Tag(current.Tag), PlatformAdmin);
        Assert.NotNull(applied.Document);
        Assert.Null(Live.Categories.Find("environment.road-cleaning"));
    }

    [Fact]
    public async Task A_calendar_with_a_new_holiday_moves_the_next_case_s_deadline_past_it()
    {
        var world = await World.Create(fixture.Grains);
        var (catalogue, tag) = await RubbishAccept("1 WorkingHours");
        Assert.NotNull((await Categories.Set(catalogue, IfMatch.Tag(tag), PlatformAdmin)).Document);
        var current = await Calendar.Get();
        var file = JsonNode.Parse(current.Json)!;
        var year = file["years"]!.AsArray().Single(y => (int)y!["year"]! == 2026)!;
        year["holidays"]!.AsArray().Add(new JsonObject { ["name"] = "Flood clean-up", ["from"] = "2026-11-27", ["to"] = "2026-11-30" });

        Assert.NotNull((await Calendar.Set(file.ToJsonString(), IfMatch.Tag(current.Tag), PlatformAdmin)).Document);

        // Friday to Monday off: the working hour of the accept limit is Tuesday 08:30-09:30.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 30, 0, Cst), await AcceptDueOfANewCase(world, $"{world.District}-holiday"));
    }

    [Fact]
    public async Task A_silo_that_starts_after_a_change_uses_the_stored_document_not_its_start_up_file()
    {
        var world = await World.Create(fixture.Grains);
        var (json, tag) = await RubbishAccept("7 NaturalHours");
        var stored = (await Categories.Set(json, IfMatch.Tag(tag), PlatformAdmin)).Document!;

        var started = await fixture.Cluster.StartAdditionalSiloAsync();
        try
        {
            var live = started.ServiceProvider.GetRequiredService<LiveConfiguration>();
            Assert.Equal((stored, true), (live.CategorySetting.Current.Document, live.CategorySetting.Current.Stored));
            Assert.Equal(new TimeLimit(7, TimeLimitUnit.NaturalHours), live.Categories.Find("environment.rubbish")!.LimitFor(Stage.Accept, Urgency.Normal));
        }
        finally
        {
            await fixture.Cluster.StopSiloAsync(started);
        }
    }

    [Fact]
    public async Task A_catalogue_whose_write_failed_is_neither_stored_nor_in_force()
    {
        var (before, running) = (await Categories.GetStored(), Live.CategorySetting.Current);
        var (json, tag) = await RubbishAccept("5 NaturalHours");

        fixture.Faults.FailNextWrite<ConfigurationState>();
        await Faults.Lost(() => Categories.Set(json, IfMatch.Tag(tag), PlatformAdmin));

        Assert.Equal(before, await Categories.GetStored());
        Assert.Same(running, Live.CategorySetting.Current);
    }
}
