using Microsoft.AspNetCore.SignalR.Client;
using GridActors.Silo.Demo;
using GridActors.Access;
using GridActors.Gateway.Territory;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Territory;

/// <summary>The demo district with its simulator on, its people acting an hour a (fake) second, on a
/// clock the test moves: the simulator and the platform's time limits both wait on it, so a case
/// is played through however slowly the machine runs, the same people and places every time.</summary>
public sealed class SimulatedGatewayFactory : GatewayFactory
{
    /// <summary>A Monday of a year the shipped calendar schedules.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [DemoSeeding.Setting] = "true",
        [DemoSimulator.Setting] = "true",
        [DemoSimulator.RateSetting] = "2",
        [DemoSimulator.PaceSetting] = "3600",
        [DemoSimulator.SeedSetting] = "20261127",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }
}

public class SimulatorTests(SimulatedGatewayFactory gateway) : IClassFixture<SimulatedGatewayFactory>
{
    private static readonly DemoTerritory Demo = DemoDistrict.Generate(DemoSeeding.Seed, DemoShape.Wujin);

    [Fact]
    public async Task A_district_board_sees_simulated_cases_reported_and_played_through_to_closure()
    {
        await using var board = gateway.Hub("/hubs/board", new Actor("op-wujin", Role.Operator, DemoDistrict.Code));
        var changes = new Recorder<IncidentSummary>(board, "incidentChanged");
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", DemoDistrict.Code);

        // Each minute of fake time the next report falls due (they come every half second on
        // average) with every step of the open cases, so each step ends in a push to await.
        await gateway.Logs.WaitFor(l => l.Category == typeof(DemoSimulator).FullName && l.Message.StartsWith("Simulating", StringComparison.Ordinal));
        for (var minutes = 0; !changes.Received.Any(s => s.Status == IncidentStatus.Closed); minutes++)
        {
            Assert.True(minutes < 60, "no simulated case closed within an hour of simulated time");
            var seen = changes.Received.Count;
            gateway.Time.Advance(TimeSpan.FromMinutes(1));
            await changes.WaitFor(c => c.Count > seen);
        }

        var closed = changes.Received.First(s => s.Status == IncidentStatus.Closed);
        Assert.StartsWith(DemoDistrict.Code, closed.GridCode);
        Assert.NotNull(CategoryCatalogue.Default.Find(closed.Category));
        Assert.Contains(changes.Received, s => s.Status == IncidentStatus.Reported);
    }

    [Fact]
    public void Every_simulated_report_is_valid_and_lies_in_the_grid_it_names()
    {
        var scenario = new DemoScenario(Demo, [.. CategoryCatalogue.Default.All], 60, new Random(7));
        var grids = TerritoryImport.Read(Demo.GeoJson).Grids.ToDictionary(g => g.Code);

        var reports = Enumerable.Range(0, 300).Select(_ => scenario.NextReport()).ToList();

        Assert.All(reports, r =>
        {
            var grid = grids[r.Report.GridCode!];
            var point = grid.Boundary.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(r.Report.Location!.Longitude, r.Report.Location.Latitude));
            Assert.True(grid.Boundary.Distance(point) < 1e-6, $"{r.Report.Location} is outside grid {grid.Code}");
            Assert.NotNull(CategoryCatalogue.Default.Find(r.Report.Category));
            if (r.Report.Source == IncidentSource.Patrol)
                Assert.Contains(Demo.Workers, w => w.Id == r.By.Id && w.GridCode == grid.Code && r.By.Role == Role.Worker);
            else
                Assert.Equal((IncidentSource.Hotline12345, Role.External), (r.Report.Source, r.By.Role));
        });
        Assert.InRange(reports.Count(r => r.Report.Source == IncidentSource.Patrol), 150, 210);
        Assert.True(reports.Select(r => r.Report.GridCode).Distinct().Count() > 100);
    }

    [Fact]
    public void Reports_arrive_at_the_configured_rate_on_average()
    {
        var scenario = new DemoScenario(Demo, [.. CategoryCatalogue.Default.All], 120, new Random(11));

        var mean = Enumerable.Range(0, 20_000).Average(_ => scenario.NextGap().TotalSeconds);

        Assert.InRange(mean, 30 * 0.97, 30 * 1.03);
    }
}
