using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>The board's 24-hour trend: reports by the hour from the open cases, closures as the page sees them.</summary>
public class TrendChartTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task A_report_adds_to_the_reports_of_the_last_24_hours_and_a_closure_seen_live_to_the_closures()
    {
        // One case already open when the page opens, so the chart starts from the snapshot, not from zero.
        await Reports.Report(gateway, "图表里的事件");
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        var chart = page.Locator(".trend-chart");
        await Expect(page.Locator("tr.case-row")).Not.ToHaveCountAsync(0);
        var before = await page.Locator("tr.case-row").CountAsync();
        await Expect(chart).ToHaveAttributeAsync("data-reports", $"{before}");
        await Expect(chart).ToHaveAttributeAsync("data-closures", "0");
        await Expect(chart.Locator("canvas")).ToBeVisibleAsync();
        await Expect(page.Locator(".trend-caption")).ToContainTextAsync("本页打开后");

        var id = await Reports.Report(gateway, "要结案的事件");
        await Expect(chart).ToHaveAttributeAsync("data-reports", $"{before + 1}", new() { Timeout = 1000 });

        await Close(id);
        await Expect(chart).ToHaveAttributeAsync("data-closures", "1");
        // The closed case leaves the open cases, so its report no longer counts: the caption says so.
        await Expect(chart).ToHaveAttributeAsync("data-reports", $"{before}");
    }

    /// <summary>The whole way to 结案: filed (and so dispatched), accepted and resolved by the worker, verified and closed by the operator.</summary>
    private async Task Close(string id)
    {
        using var operatorHttp = gateway.Http(BoardGateway.Operator);
        (await operatorHttp.PostAsync($"/api/v1/incidents/{id}/file", BoardGateway.Json("{}"))).EnsureSuccessStatusCode();
        using var view = JsonDocument.Parse(await operatorHttp.GetStringAsync($"/api/v1/incidents/{id}"));
        var handler = BoardGateway.Workers.Single(w => w.Id == view.RootElement.GetProperty("handler").GetString());
        using var worker = gateway.Http(handler);
        (await worker.PostAsync($"/api/v1/incidents/{id}/accept", BoardGateway.Json("{}"))).EnsureSuccessStatusCode();
        (await worker.PostAsync($"/api/v1/incidents/{id}/resolve", BoardGateway.Json("""{"result":"已清理"}"""))).EnsureSuccessStatusCode();
        (await operatorHttp.PostAsync($"/api/v1/incidents/{id}/verify", BoardGateway.Json("{}"))).EnsureSuccessStatusCode();
        var closed = await operatorHttp.PostAsync($"/api/v1/incidents/{id}/close", BoardGateway.Json("{}"));
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
    }
}
