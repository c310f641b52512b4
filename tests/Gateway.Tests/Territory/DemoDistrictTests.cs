using System.Net;
using System.Net.Http.Json;
using GridActors.Access;
using GridActors.Gateway.Territory;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using GridActors.Tests.Api;
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
    public async Task A_report_at_a_random_point_of_the_demo_district_reaches_the_worker_of_its_grid()
    {
        var demo = DemoDistrict.Generate(DemoSeeding.Seed, DemoShape.Wujin);
        var (point, grid) = RandomPointInAGrid(demo, new Random(20261127));
        var worker = demo.Workers.First(w => w.GridCode == grid);
        var centre = new Actor("op-wujin", Role.Operator, DemoDistrict.Code);

        await using var app = gateway.Hub("/hubs/worker", new Actor(worker.Id, Role.Worker, grid));
        var offers = new Recorder<Assignment>(app, "assignmentOffered");
        await app.StartAsync();

        using var http = gateway.As(centre);
        var reported = await http.PostAsJsonAsync("/api/v1/incidents",
            new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "路边垃圾堆", null, Location: point), Wire.Options);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var id = (await reported.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id;
        (await http.PostAsJsonAsync($"/api/v1/incidents/{id}/file", new { }, Wire.Options)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/v1/incidents/{id}/dispatch", new { level = "Grid", handler = worker.Id }, Wire.Options)).EnsureSuccessStatusCode();

        await offers.WaitFor(o => o.Any(a => a.IncidentId == id && a.GridCode == grid));
    }

    /// <summary>A point strictly inside one grid, found with the boundaries themselves rather than the
    /// locator under test; every point of the district is in some grid, so a few draws suffice.</summary>
    private static (GeoPoint Point, string Grid) RandomPointInAGrid(DemoTerritory demo, Random random)
    {
        var grids = TerritoryImport.Read(demo.GeoJson).Grids;
        var bounds = DemoDistrict.Bounds;
        while (true)
        {
            var at = new Coordinate(bounds.MinX + random.NextDouble() * bounds.Width, bounds.MinY + random.NextDouble() * bounds.Height);
            var inside = grids.Where(g => g.Boundary.Contains(g.Boundary.Factory.CreatePoint(at))).ToList();
            if (inside.Count == 1) return (new GeoPoint(at.Y, at.X), inside[0].Code);
        }
    }
}
