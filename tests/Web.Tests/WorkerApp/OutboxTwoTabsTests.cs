using System.Net;
using System.Text.Json;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>The app open in two tabs shares one outbox, sent by one tab at a time: a command given
/// in one tab while the other holds the outbox is sent as soon as the other lets go.</summary>
public class OutboxTwoTabsTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task An_acceptance_given_while_the_other_tab_holds_the_outbox_is_sent_once_it_lets_go()
    {
        var worker = BoardGateway.Workers[0];
        var (context, page) = await Phone.Open(gateway, worker, Tiles.At(0.5, 0.5));
        await using var _ = context;
        var id = await Reports.Report(gateway, "井盖缺失");
        using var centre = gateway.Http(BoardGateway.Operator);
        Assert.Equal(HttpStatusCode.OK, (await centre.PostAsync($"/api/v1/incidents/{id}/file", BoardGateway.Json("{}"))).StatusCode);
        await page.Locator($"[data-list=offers] .case-card[data-case='{id}']").ClickAsync();

        // The other tab holds the outbox, as it does while it sends a photo on a slow uplink.
        var other = await context.NewPageAsync();
        await other.GotoAsync("/app");
        await Expect(other.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        await other.EvaluateAsync("""
            () => new Promise(held => navigator.locks.request("gridactors.outbox", () => { held(); return new Promise(done => { window.letGo = done; }); }))
            """);
        await page.Locator("[data-action=accept]").ClickAsync();
        await page.Locator("[data-form=accept] button[type=submit]").ClickAsync();
        var said = page.Locator(".case-view .outcome");
        await Expect(said).ToHaveTextAsync("已保存，联网后自动发送", new() { Timeout = 15_000 });

        await other.EvaluateAsync("() => window.letGo()");
        await Expect(said).ToHaveTextAsync("已提交");
        await Expect(page.Locator(".outbox")).ToHaveCountAsync(0);
        using var view = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/incidents/{id}"));
        Assert.Equal("Accepted", view.RootElement.GetProperty("status").GetString());
        Assert.Single(view.RootElement.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Accepted");
    }
}
