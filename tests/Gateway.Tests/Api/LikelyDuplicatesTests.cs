using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Gateway.Incidents;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Api;

/// <summary>A gateway of its own, since the test imports its territory: two grid squares side by side.</summary>
public sealed class TwoSquaresGatewayFactory : GatewayFactory;

/// <summary>Before sending a report, the app asks which open cases it would likely duplicate: the
/// platform's duplicate rule, told only of the grids the asker looks after.</summary>
public class LikelyDuplicatesTests(TwoSquaresGatewayFactory gateway) : IClassFixture<TwoSquaresGatewayFactory>
{
    const string West = Village + "-01", East = Village + "-02";
    const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;
    static readonly Actor Admin = new("admin", Role.Admin, "320412");
    static readonly Actor Operator = new("op-320412101", Role.Operator, "320412101");
    static readonly Actor WestWorker = new("w-west", Role.Worker, West);
    static readonly Actor EastWorker = new("w-east", Role.Worker, East);

    [Fact]
    public async Task The_same_kind_of_open_case_within_50_m_is_named_with_its_distance_to_those_who_look_after_its_grid_only()
    {
        await TwoGridsWithTheirWorkers();
        // By the shared edge in the west grid: the heap, a stain on the road beside it, and another heap 80 m off.
        var heap = await Reported(Operator, "environment.rubbish", "桥头垃圾", At(0.95, 0.5));
        await Reported(Operator, "environment.road-cleaning", "路面油污", At(0.95, 0.5));
        await Reported(Operator, "environment.rubbish", "远处垃圾", At(0.1, 0.5));

        // Half a tile's tenth west of the heap (0.00005° of longitude), its command centre is told of it.
        var near = await Ask(Operator, At(0.9, 0.5), "environment.rubbish");
        var expected = Math.Round(0.00005 * MetresPerDegree * Math.Cos(At(0.9, 0.5).Latitude * Math.PI / 180), 1);
        Assert.Equal([(heap, "桥头垃圾", IncidentStatus.Reported, expected)], near.Select(c => (c.Id, c.Title, c.Status, c.DistanceMetres)));
        // Across the edge in the east grid, 9.5 m from the heap: its command centre is told, the east
        // grid's worker is not (the heap's grid is not theirs).
        Assert.Equal([heap], (await Ask(Operator, At(1.05, 0.5), "environment.rubbish")).Select(c => c.Id));
        Assert.Empty(await Ask(EastWorker, At(1.05, 0.5), "environment.rubbish"));
        Assert.Empty(await Ask(WestWorker, At(0.9, 0.5), "order.street-vending"));
    }

    [Fact]
    public async Task A_worker_is_told_only_that_a_case_it_may_not_read_is_there_not_its_title_or_id()
    {
        await TwoGridsWithTheirWorkers();
        var theirs = await Reported(Operator, "environment.rubbish", "张三家门口垃圾", At(0.5, 0.05));
        var own = await Reported(WestWorker, "environment.rubbish", "垃圾桶满溢", At(0.52, 0.05));

        var near = await Ask(WestWorker, At(0.515, 0.05), "environment.rubbish");
        var reportedAt = (await Case(theirs)).ReportedAt;
        Assert.Equal([(true, own, "垃圾桶满溢", (IncidentStatus?)IncidentStatus.Reported, "environment.rubbish"),
                      (false, null, null, null, "environment.rubbish")],
            near.Select(c => (c.Readable, c.Id, c.Title, c.Status, c.Category)));
        Assert.Equal(reportedAt, near[1].ReportedAt);
        Assert.True(near[1].DistanceMetres > 0);
    }

    [Theory]
    [InlineData("lat=91&lon=119.95&category=environment.rubbish", "lat")]
    [InlineData("lat=31.7&lon=east&category=environment.rubbish", "lon")]
    [InlineData("lat=31.7&lon=119.95", "category")]
    public async Task A_bad_question_is_a_problem_naming_the_parameter(string query, string field)
    {
        using var worker = gateway.As(WestWorker);
        var response = await worker.GetAsync($"/api/v1/incidents/likely-duplicates?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    async Task TwoGridsWithTheirWorkers()
    {
        using var admin = gateway.As(Admin);
        var territory = Collection(Square(1, 0, 0), Square(2, 1, 0));
        (await admin.PostAsync("/api/v1/territory/import", new StringContent(territory, Encoding.UTF8, "application/geo+json"))).EnsureSuccessStatusCode();
        foreach (var (worker, grid) in new[] { (WestWorker, West), (EastWorker, East) })
            (await admin.PutAsJsonAsync($"/api/v1/workers/{worker.Id}", new WorkerProfile(worker.Id, WorkerKind.FullTime, [grid]), Wire.Options)).EnsureSuccessStatusCode();
    }

    async Task<string> Reported(Actor reporter, string category, string title, GeoPoint at)
    {
        using var http = gateway.As(reporter);
        var source = reporter.Role == Role.Worker ? IncidentSource.Patrol : IncidentSource.Hotline12345;
        var response = await http.PostAsJsonAsync("/api/v1/incidents", new Report(source, category, Urgency.Normal, title, Location: at), Wire.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id;
    }

    async Task<IncidentView> Case(string id)
    {
        using var http = gateway.As(Operator);
        return (await http.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!;
    }

    async Task<List<NearbyCase>> Ask(Actor actor, GeoPoint at, string category)
    {
        using var http = gateway.As(actor);
        var query = FormattableString.Invariant($"lat={at.Latitude:R}&lon={at.Longitude:R}&category={category}");
        return (await http.GetFromJsonAsync<List<NearbyCase>>($"/api/v1/incidents/likely-duplicates?{query}", Wire.Options))!;
    }
}
