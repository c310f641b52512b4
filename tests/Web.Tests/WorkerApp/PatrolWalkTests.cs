using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GridActors.Access;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>A patrol walked with the app: the phone's positions, as it reports them, become the route;
/// the coverage the server works out is the one worked out by hand, and the walk clears the grid's
/// overdue-patrol alert.</summary>
public class PatrolWalkTests(FakeClockBoardGateway gateway) : IClassFixture<FakeClockBoardGateway>
{
    const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;
    static readonly Actor Supervisor = new("sup-320412101", Role.Supervisor, BoardGateway.Town);

    [Fact]
    public async Task A_walk_across_the_middle_of_the_grid_covers_the_hand_worked_share_and_clears_the_overdue_patrol_alert()
    {
        using var supervisor = gateway.Http(Supervisor);
        // A day and a bit without a patrol: the review the cadence change runs raises the alert.
        gateway.Time.Advance(TimeSpan.FromHours(25));
        (await supervisor.PutAsync($"/api/v1/grids/{BoardGateway.Grid}/patrol-cadence", BoardGateway.Json("""{"cadence":"1.00:00:00"}"""))).EnsureSuccessStatusCode();
        Assert.Contains("PatrolOverdue", await AlertKinds(supervisor));

        // The walk: west of the grid to east of it along its middle row, the phone reporting each step.
        var steps = new[] { -0.2, 0.25, 0.5, 0.75, 1.2 }.Select(column => Tiles.At(column, 0.5)).ToArray();
        var (context, page) = await Phone.Open(gateway, BoardGateway.Workers[0], steps[0]);
        await using var _ = context;
        await page.Locator("[data-tab=patrol]").ClickAsync();
        await page.Locator("[data-action=start-patrol]").ClickAsync();
        await Expect(page.Locator("[data-recorded]")).ToHaveAttributeAsync("data-recorded", "1");
        for (var i = 1; i < steps.Length; i++)
        {
            await context.SetGeolocationAsync(new() { Latitude = (float)steps[i].Latitude, Longitude = (float)steps[i].Longitude, Accuracy = 8 });
            await Expect(page.Locator("[data-recorded]")).ToHaveAttributeAsync("data-recorded", (i + 1).ToString(CultureInfo.InvariantCulture));
        }
        // Starting is no patrol yet: the alert stays until the walk is recorded.
        Assert.Contains("PatrolOverdue", await AlertKinds(supervisor));
        await page.Locator("[data-action=stop-patrol]").ClickAsync();

        // The grid is one tile, 0.001° north to south: 0.001 × 111 194.9 m = 111.19 m. The route runs
        // along its middle from beyond its west edge to beyond its east edge, so the 50 m either side
        // is a band 100 m tall across the whole grid (the round ends fall outside it):
        // 100 / 111.19 = 0.8993, shown as 89.9%.
        var expected = 100 / (0.001 * MetresPerDegree);
        var coverage = page.Locator("[data-coverage]");
        await Expect(coverage).ToContainTextAsync("89.9%");
        Assert.Equal(expected, double.Parse((await coverage.GetAttributeAsync("data-coverage"))!, CultureInfo.InvariantCulture), precision: 9);
        Assert.DoesNotContain("PatrolOverdue", await AlertKinds(supervisor));
    }

    static async Task<List<string?>> AlertKinds(HttpClient supervisor)
    {
        using var duties = JsonDocument.Parse(await supervisor.GetStringAsync($"/api/v1/grids/{BoardGateway.Grid}/duties"));
        return [.. duties.RootElement.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString())];
    }
}
