using System.Net;
using System.Net.Http.Json;
using GridActors.Silo.Demo;
using GridActors.Access;
using GridActors.Gateway.Territory;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using GridActors.Tests.Api;
using GridActors.Registers;
using GridActors.Workers;
using NetTopologySuite.Geometries;

namespace GridActors.Tests.Territory;

/// <summary>A gateway that seeds the demo district on start, as a fresh embedded install does.</summary>
public sealed class SeededGatewayFactory : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { [DemoSeeding.Setting] = "true" };
}

public class DemoDistrictTests(SeededGatewayFactory gateway) : IClassFixture<SeededGatewayFactory>
{
    [Fact]
    public async Task The_demo_sign_ins_work_with_the_demo_password_and_act_in_their_area()
    {
        var demo = DemoDistrict.Generate(DemoSeeding.Seed, DemoShape.Wujin);
        using var anonymous = gateway.CreateClient();
        async Task<System.Text.Json.JsonElement> Me(string login)
        {
            var signedIn = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login, password = "gridactors-demo" });
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            var token = (await signedIn.Content.ReadFromJsonAsync<GridActors.Gateway.Auth.TokenResponse>(Wire.Options))!.AccessToken;
            using var me = gateway.CreateClient();
            me.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return await me.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/auth/me");
        }
        string Said(System.Text.Json.JsonElement me) => $"{me.GetProperty("role")} {me.GetProperty("scope")} {me.GetProperty("workerId")}";

        Assert.Equal("Admin 320412 ", Said(await Me("admin")));
        Assert.Equal("PlatformAdmin  ", Said(await Me("platform")));
        Assert.Equal("Operator 320412103 ", Said(await Me("op-320412103")));
        var worker = demo.Workers[7];
        Assert.Equal($"Worker {worker.GridCode} {worker.Id}", Said(await Me(worker.Id)));
    }

    [Fact]
    public async Task The_seeded_demo_registers_are_there_for_the_grid_s_supervisor_and_counted_for_its_command_centre()
    {
        var demo = DemoDistrict.Generate(DemoSeeding.Seed, DemoShape.Wujin);
        var grid = demo.Registers.GroupBy(e => e.GridCode).MaxBy(g => g.Count())!;
        using var centre = gateway.As(new Actor("op-wujin", Role.Operator, DemoDistrict.Code));
        using var supervisor = gateway.As(new Actor("sup-wujin", Role.Supervisor, DemoDistrict.Code));

        var counts = (await centre.GetFromJsonAsync<RegisterCounts>($"/api/v1/grids/{grid.Key}/registers/counts", Wire.Options))!;
        var entries = (await supervisor.GetFromJsonAsync<RegisterEntry[]>($"/api/v1/grids/{grid.Key}/registers", Wire.Options))!;

        Assert.Equal((grid.Count(e => e.Kind == RegisterKind.KeyPerson), grid.Count(e => e.Kind == RegisterKind.VulnerablePerson)), (counts.KeyPersons, counts.VulnerablePeople));
        Assert.Equal(grid.Select(e => e.Name).Order(), entries.Select(e => e.Name).Order());
    }

    /// <summary>Must-show 5: a 12345 report with a position and no grid is routed to its grid, the
    /// operator files it, and the platform offers it to the right worker: every demo worker starts on
    /// duty with no cases, so the one last seen nearest the case. Their positions are handed out in a
    /// shuffled order, so the right worker is not simply the first of the grid.</summary>
    [Fact]
    public async Task A_report_at_a_random_point_of_the_demo_district_reaches_the_nearest_worker_on_duty_of_its_grid()
    {
        var demo = DemoDistrict.Generate(DemoSeeding.Seed, DemoShape.Wujin);
        var random = new Random(20261127);
        var (point, grid) = RandomPointInAGrid(demo, random, g => demo.Workers.Count(w => w.GridCode == g) >= 2);
        var crew = demo.Workers.Where(w => w.GridCode == grid).ToList();
        // 100 m, 200 m, … north of the case, in a shuffled order.
        var order = Enumerable.Range(1, crew.Count).OrderBy(_ => random.Next()).ToList();
        foreach (var (worker, rank) in crew.Zip(order))
        {
            using var app = gateway.As(new Actor(worker.Id, Role.Worker, grid));
            var seen = new GeoPoint(point.Latitude + rank * 100 / 111_195.08, point.Longitude);
            Assert.Equal(HttpStatusCode.OK, (await app.PostAsJsonAsync($"/api/v1/workers/{worker.Id}/heartbeat", seen, Wire.Options)).StatusCode);
        }
        var nearest = crew[order.IndexOf(1)];
        var centre = new Actor("op-wujin", Role.Operator, DemoDistrict.Code);

        await using var phone = gateway.Hub("/hubs/worker", new Actor(nearest.Id, Role.Worker, grid));
        var offers = new Recorder<Assignment>(phone, "assignmentOffered");
        await phone.StartAsync();

        using var http = gateway.As(centre);
        var reported = await http.PostAsJsonAsync("/api/v1/incidents",
            new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "路边垃圾堆", null, Location: point), Wire.Options);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var id = (await reported.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id;
        var filed = await http.PostAsJsonAsync($"/api/v1/incidents/{id}/file", new { }, Wire.Options);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);

        await offers.WaitFor(o => o.Any(a => a.IncidentId == id));
        var offer = Assert.Single(offers.Received, a => a.IncidentId == id);
        Assert.Equal((grid, 3L), (offer.GridCode, offer.Version));
        var view = (await filed.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
        Assert.Equal((grid, HandlingLevel.Grid, nearest.Id, "least loaded on-duty worker, 0 open cases, 100 m"),
            (view.GridCode, view.Level, view.Handler, view.History[^1].Text));
    }

    /// <summary>A point strictly inside one grid, found with the boundaries themselves rather than the
    /// locator under test; every point of the district is in some grid, so a few draws suffice.</summary>
    private static (GeoPoint Point, string Grid) RandomPointInAGrid(DemoTerritory demo, Random random, Func<string, bool> wanted)
    {
        var grids = TerritoryImport.Read(demo.GeoJson).Grids;
        var bounds = DemoDistrict.Bounds;
        while (true)
        {
            var at = new Coordinate(bounds.MinX + random.NextDouble() * bounds.Width, bounds.MinY + random.NextDouble() * bounds.Height);
            var inside = grids.Where(g => g.Boundary.Contains(g.Boundary.Factory.CreatePoint(at))).ToList();
            if (inside.Count == 1 && wanted(inside[0].Code)) return (new GeoPoint(at.Y, at.X), inside[0].Code);
        }
    }
}
