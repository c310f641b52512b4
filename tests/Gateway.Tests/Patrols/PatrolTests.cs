using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Patrols;
using GridActors.Territory;
using GridActors.Tests.Api;
using GridActors.Workers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Patrols;

/// <summary>A gateway of its own: its territory is one grid two tiles square, on a clock the test moves.</summary>
public sealed class PatrolGatewayFactory : GatewayFactory
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }
}

/// <summary>A patrol over real HTTP on Kestrel: started, its route sent, stopped; the coverage is the
/// share worked out by hand, and the recorded patrol, not a button, clears the overdue-patrol alert.</summary>
public class PatrolTests(PatrolGatewayFactory gateway) : IClassFixture<PatrolGatewayFactory>
{
    const string Grid = Village + "-01";
    const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;
    static readonly Actor Admin = new("admin", Role.Admin, "320412");
    static readonly Actor Supervisor = new("sup-320412101", Role.Supervisor, "320412101");
    static readonly Actor Walker = new("w-walker", Role.Worker, Grid);
    static readonly Actor Stranger = new("w-stranger", Role.Worker, "320412101001-02");

    async Task Setup()
    {
        using var admin = gateway.As(Admin);
        var territory = Collection(Feature(Grid, Polygon(Ring(0, 0, 2, 2))), Feature("320412101001-02", Polygon(Ring(2, 0, 1, 1))));
        (await admin.PostAsync("/api/v1/territory/import", new StringContent(territory, Encoding.UTF8, "application/geo+json"))).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/workers/{Walker.Id}", new WorkerProfile(Walker.Id, WorkerKind.FullTime, [Grid]), Wire.Options)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/workers/{Stranger.Id}", new WorkerProfile(Stranger.Id, WorkerKind.FullTime, ["320412101001-02"]), Wire.Options)).EnsureSuccessStatusCode();
    }

    static object Samples(DateTimeOffset at, params GeoPoint[] points) =>
        new { samples = points.Select((p, i) => new { latitude = p.Latitude, longitude = p.Longitude, at = at.AddMinutes(i) }) };

    async Task<GridDuties> Duties(HttpClient http) => (await http.GetFromJsonAsync<GridDuties>($"/api/v1/grids/{Grid}/duties", Wire.Options))!;

    [Fact]
    public async Task A_walk_across_the_grid_gives_the_hand_worked_coverage_and_clears_the_overdue_patrol_alert()
    {
        await Setup();
        using var supervisor = gateway.As(Supervisor);
        using var walker = gateway.As(Walker);
        // A day and a bit without a patrol: the review the cadence change runs raises the alert.
        gateway.Time.Advance(TimeSpan.FromHours(25));
        (await supervisor.PutAsJsonAsync($"/api/v1/grids/{Grid}/patrol-cadence", new { cadence = "1.00:00:00" }, Wire.Options)).EnsureSuccessStatusCode();
        var overdue = Assert.Single((await Duties(supervisor)).Alerts, a => a.Kind == AlertKind.PatrolOverdue);

        var started = await walker.PostAsync($"/api/v1/grids/{Grid}/patrols", null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var patrol = (await started.Content.ReadFromJsonAsync<PatrolView>(Wire.Options))!;
        Assert.Equal($"/api/v1/patrols/{patrol.Id}", started.Headers.Location!.OriginalString);
        // Starting is no patrol yet: the alert stays.
        Assert.Contains((await Duties(supervisor)).Alerts, a => a.Id == overdue.Id);

        var now = gateway.Time.GetUtcNow();
        var route = $"/api/v1/patrols/{patrol.Id}/route";
        (await walker.PostAsJsonAsync(route, Samples(now, At(0, 1), At(0.7, 1)), Wire.Options)).EnsureSuccessStatusCode();
        // The first batch again (a lost answer), then the rest.
        (await walker.PostAsJsonAsync(route, Samples(now, At(0, 1), At(0.7, 1)), Wire.Options)).EnsureSuccessStatusCode();
        (await walker.PostAsJsonAsync(route, Samples(now.AddMinutes(2), At(2, 1)), Wire.Options)).EnsureSuccessStatusCode();

        var stopped = await walker.PostAsync($"/api/v1/patrols/{patrol.Id}/stop", null);
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        var done = (await stopped.Content.ReadFromJsonAsync<PatrolView>(Wire.Options))!;
        Assert.Equal(3, done.Route.Count);
        // The middle of a grid 0.002° tall, edge to edge: a band 100 m tall over the grid's height.
        Assert.Equal(100 / (2 * Size * MetresPerDegree), done.Coverage!.Value, precision: 9);

        var duties = await Duties(supervisor);
        Assert.DoesNotContain(duties.Alerts, a => a.Kind == AlertKind.PatrolOverdue);
        Assert.Equal(done.StoppedAt, duties.LastPatrolAt);
        var read = (await supervisor.GetFromJsonAsync<PatrolView>($"/api/v1/patrols/{patrol.Id}", Wire.Options))!;
        Assert.Equal(done.Route, read.Route);
        Assert.Equal(done, read with { Route = done.Route });
        // Stopped twice is one patrol.
        Assert.Equal(HttpStatusCode.OK, (await walker.PostAsync($"/api/v1/patrols/{patrol.Id}/stop", null)).StatusCode);
        Assert.Equal(done.StoppedAt, (await Duties(supervisor)).LastPatrolAt);
    }

    [Fact]
    public async Task An_old_patrol_stopped_again_does_not_count_as_a_new_patrol()
    {
        await Setup();
        using var walker = gateway.As(Walker);
        var first = await Walk(walker);
        var second = await Walk(walker);
        gateway.Time.Advance(TimeSpan.FromHours(5));

        Assert.Equal(HttpStatusCode.OK, (await walker.PostAsync($"/api/v1/patrols/{first.Id}/stop", null)).StatusCode);

        var duties = await Duties(gateway.As(Supervisor));
        Assert.Equal(second.StoppedAt, duties.LastPatrolAt);
    }

    async Task<PatrolView> Walk(HttpClient walker)
    {
        var patrol = (await (await walker.PostAsync($"/api/v1/grids/{Grid}/patrols", null)).Content.ReadFromJsonAsync<PatrolView>(Wire.Options))!;
        (await walker.PostAsJsonAsync($"/api/v1/patrols/{patrol.Id}/route", Samples(gateway.Time.GetUtcNow(), At(1, 1)), Wire.Options)).EnsureSuccessStatusCode();
        gateway.Time.Advance(TimeSpan.FromMinutes(30));
        var stopped = await walker.PostAsync($"/api/v1/patrols/{patrol.Id}/stop", null);
        stopped.EnsureSuccessStatusCode();
        return (await stopped.Content.ReadFromJsonAsync<PatrolView>(Wire.Options))!;
    }

    [Fact]
    public async Task A_patrol_without_a_route_is_not_recorded_and_others_may_neither_patrol_the_grid_nor_see_the_patrol()
    {
        await Setup();
        using var walker = gateway.As(Walker);
        using var stranger = gateway.As(Stranger);
        var before = await Duties(gateway.As(Supervisor));

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync($"/api/v1/grids/{Grid}/patrols", null)).StatusCode);
        var patrol = (await (await walker.PostAsync($"/api/v1/grids/{Grid}/patrols", null)).Content.ReadFromJsonAsync<PatrolView>(Wire.Options))!;

        var bare = await walker.PostAsync($"/api/v1/patrols/{patrol.Id}/stop", null);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.NotNull((await bare.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["route"]);
        Assert.Equal(before.LastPatrolAt, (await Duties(gateway.As(Supervisor))).LastPatrolAt);

        var badPosition = await walker.PostAsJsonAsync($"/api/v1/patrols/{patrol.Id}/route", Samples(gateway.Time.GetUtcNow(), new GeoPoint(91, 0)), Wire.Options);
        Assert.Equal(HttpStatusCode.BadRequest, badPosition.StatusCode);
        Assert.NotNull((await badPosition.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["samples[0]"]);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/patrols/{patrol.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/patrols/{patrol.Id}/route", Samples(gateway.Time.GetUtcNow(), At(1, 1)), Wire.Options)).StatusCode);
    }
}
