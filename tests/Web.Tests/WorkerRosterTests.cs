using System.Text.Json;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>The board's roster of the area's workers and their positions on the map, live.</summary>
public class WorkerRosterTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task The_roster_and_the_map_follow_a_workers_position_and_duty_live_and_the_position_layer_switches_off()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        var (first, second) = (BoardGateway.Workers[0], BoardGateway.Workers[1]);
        foreach (var worker in BoardGateway.Workers)
            await Expect(page.Locator($".roster-row[data-worker='{worker.Id}']")).ToHaveAttributeAsync("data-duty", "OnDuty");
        await Expect(page.Locator(".worker-marker")).ToHaveCountAsync(0);

        using (var app = gateway.Http(first))
        {
            var at = Tiles.At(0.3, 0.6);
            var position = JsonSerializer.Serialize(new { latitude = at.Latitude, longitude = at.Longitude });
            (await app.PostAsync($"/api/v1/workers/{first.Id}/heartbeat", BoardGateway.Json(position))).EnsureSuccessStatusCode();
        }
        await Expect(page.Locator($".worker-marker.worker-{first.Id}")).ToBeVisibleAsync(new() { Timeout = 1000 });
        await Expect(page.Locator($".roster-row[data-worker='{first.Id}'] .roster-seen")).Not.ToHaveTextAsync("无位置");

        using (var app = gateway.Http(second))
            (await app.PutAsync($"/api/v1/workers/{second.Id}/duty", BoardGateway.Json("""{"duty":"OffDuty"}"""))).EnsureSuccessStatusCode();
        var row = page.Locator($".roster-row[data-worker='{second.Id}']");
        await Expect(row).ToHaveAttributeAsync("data-duty", "OffDuty", new() { Timeout = 1000 });
        await Expect(row.Locator(".roster-duty")).ToHaveTextAsync("下班");
        await Expect(page.Locator(".roster-row").Last).ToHaveAttributeAsync("data-worker", second.Id);

        await page.Locator(".leaflet-control-layers").GetByText("网格员位置").ClickAsync();
        await Expect(page.Locator(".worker-marker")).ToHaveCountAsync(0);
        await page.Locator(".leaflet-control-layers").GetByText("网格员位置").ClickAsync();
        await Expect(page.Locator($".worker-marker.worker-{first.Id}")).ToBeVisibleAsync();
    }
}
