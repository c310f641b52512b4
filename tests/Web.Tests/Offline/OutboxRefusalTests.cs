using System.Net;
using GridActors.Tests.Process;
using GridActors.Tests.Territory;
using GridActors.Tests.Web.WorkerApp;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.Offline;

/// <summary>Commands the gateway refuses once the network is back are kept and shown with the
/// problem's detail and what to do, never dropped; a photo that needs a refused report's case is
/// refused with it; a later report that needs nothing of them is sent; the worker discards them.</summary>
public sealed class OutboxRefusalTests : IAsyncLifetime
{
    private readonly OfflineGateway gateway = new();

    [Fact]
    public async Task An_acceptance_of_a_case_deferred_meanwhile_and_a_report_outside_the_grids_are_shown_with_what_to_do_and_a_later_report_still_goes()
    {
        var stale = await gateway.OfferedCase("井盖缺失");
        var (context, page) = await AcceptedOffline(stale.Id);
        await using var _ = context;
        // The worker walked out of the village's grids before reporting, then back in for another.
        await StandAt(context, Tiles.At(5.5, 5.5));
        await page.Locator("[data-tab=report]").ClickAsync();
        await Report(page, "围墙外的垃圾", withPhoto: true);
        await StandAt(context, OfflineGateway.Here);
        await Report(page, "村口路灯不亮", withPhoto: false);
        await Expect(page.Locator(".outbox-command[data-state=waiting]")).ToHaveCountAsync(4);
        // Meanwhile a supervisor defers the offered case: it is no longer there to accept.
        var supervisor = await gateway.Api.TokenAsync(new { role = "supervisor", areaCode = OfflineGateway.Town });
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Post, $"/api/v1/incidents/{stale.Id}/defer", supervisor, new { reason = "待汛期后处置" }));

        await context.SetOfflineAsync(false);
        var refused = page.Locator(".outbox-command[data-state=refused]");
        await Expect(refused).ToHaveCountAsync(3, new() { Timeout = 30_000 });
        await Expect(page.Locator(".outbox-command")).ToHaveCountAsync(3);
        await Expect(refused.Locator(".outbox-label")).ToHaveTextAsync(["签收 · 井盖缺失", "上报 · 围墙外的垃圾", "上报 · 围墙外的垃圾 1/1"]);
        await Expect(refused.Locator(".outbox-advice")).ToHaveTextAsync([
            "事件已有变化：请重新打开该事件后再操作。", "内容有误：请核对后重新填写。", "请放弃此项，重新操作。"]);
        await Expect(refused.Nth(0).Locator(".outbox-reason")).ToContainTextAsync("（409）");
        await Expect(refused.Nth(1).Locator(".outbox-reason")).ToContainTextAsync("location: ");
        await Expect(refused.Nth(2).Locator(".outbox-reason")).ToHaveTextAsync("它依赖的前一项操作未被受理。");
        await page.Locator(".outbox").ScreenshotAsync(new() { Path = BoardGateway.Artefact("app-outbox-refused.png") });
        Assert.Equal("Deferred", await Status(stale.Id));
        var later = GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Get,
            $"/api/v1/incidents?area={OfflineGateway.Town}&q={Uri.EscapeDataString("村口路灯不亮")}&count=true", gateway.Operator));
        Assert.Equal(1, later["total"]!.GetValue<int>());

        // Kept across a reload until the worker discards them; nothing of the refused report reached the server.
        await page.ReloadAsync();
        await Expect(refused).ToHaveCountAsync(3);
        for (var left = 3; left > 0; left--)
        {
            await refused.First.Locator(".outbox-discard").ClickAsync();
            await Expect(refused).ToHaveCountAsync(left - 1);
        }
        var grid = GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Get, $"/api/v1/incidents?area={OfflineGateway.Town}&count=true", gateway.Operator));
        Assert.Equal(2, grid["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_screen_that_said_saved_for_later_says_refused_or_sent_once_the_network_decides()
    {
        var stale = await gateway.OfferedCase("井盖缺失");
        var (context, page) = await AcceptedOffline(stale.Id);
        await using var _ = context;
        var said = page.Locator(".case-view .outcome");
        await Expect(said).ToHaveTextAsync("已保存，联网后自动发送");
        var supervisor = await gateway.Api.TokenAsync(new { role = "supervisor", areaCode = OfflineGateway.Town });
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Post, $"/api/v1/incidents/{stale.Id}/defer", supervisor, new { reason = "待汛期后处置" }));

        await context.SetOfflineAsync(false);
        await Expect(page.Locator(".outbox-command[data-state=refused]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(said).ToHaveAttributeAsync("data-outcome", "refused");
        await Expect(said).ToHaveTextAsync("未被受理：原因和处理办法见上方“待发送”");

        // A report from outside the grids, refused once sent; the screen still says so after the worker discards it.
        await context.SetOfflineAsync(true);
        await StandAt(context, Tiles.At(5.5, 5.5));
        await page.Locator("[data-tab=report]").ClickAsync();
        await Report(page, "围墙外的垃圾", withPhoto: true);
        var reported = page.Locator(".report .outcome");
        await context.SetOfflineAsync(false);
        await Expect(page.Locator(".outbox-command[data-state=refused]")).ToHaveCountAsync(3, new() { Timeout = 30_000 });
        await Expect(reported).ToHaveAttributeAsync("data-outcome", "refused");
        await Expect(reported).ToHaveTextAsync("未被受理：原因和处理办法见上方“待发送”");
        for (var left = 3; left > 0; left--)
        {
            await page.Locator(".outbox-discard").First.ClickAsync();
            await Expect(page.Locator(".outbox-command")).ToHaveCountAsync(left - 1);
        }
        await Expect(reported).ToHaveAttributeAsync("data-outcome", "refused");

        // One the gateway takes once the network is back turns to sent.
        await context.SetOfflineAsync(true);
        await StandAt(context, OfflineGateway.Here);
        await Report(page, "村口路灯不亮", withPhoto: false);
        await context.SetOfflineAsync(false);
        await Expect(page.Locator(".outbox")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(reported).ToHaveAttributeAsync("data-outcome", "sent");
        await Expect(reported).ToHaveTextAsync("已提交");
    }

    /// <summary>The phone online with the catalogue loaded (reports need it offline) opens the offer,
    /// then, offline, accepts it: the acceptance waits on the device.</summary>
    private async Task<(Microsoft.Playwright.IBrowserContext Context, Microsoft.Playwright.IPage Page)> AcceptedOffline(string id)
    {
        var (context, page) = await gateway.Phone();
        await page.GotoAsync("/app/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        await page.Locator("[data-tab=report]").ClickAsync();
        await Expect(page.Locator("select[name=category] option[value='environment.rubbish']")).ToHaveCountAsync(1);
        await page.Locator("[data-tab=cases]").ClickAsync();
        await page.Locator($"[data-list=offers] .case-card[data-case='{id}']").ClickAsync();
        await context.SetOfflineAsync(true);
        await page.Locator("[data-action=accept]").ClickAsync();
        await page.Locator("[data-form=accept] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-outcome=queued]")).ToBeVisibleAsync();
        return (context, page);
    }

    private static Task StandAt(Microsoft.Playwright.IBrowserContext context, GridActors.Territory.GeoPoint at) =>
        context.SetGeolocationAsync(new() { Latitude = (float)at.Latitude, Longitude = (float)at.Longitude, Accuracy = 12 });

    private static async Task Report(Microsoft.Playwright.IPage page, string title, bool withPhoto)
    {
        await page.Locator("select[name=category]").SelectOptionAsync("environment.rubbish");
        await page.Locator("input[name=title]").FillAsync(title);
        if (withPhoto)
        {
            await page.Locator("input[name=gallery]").SetInputFilesAsync(await Phone.CameraPhoto(page, 640, 480));
            await Expect(page.Locator(".report [data-photo]")).ToHaveCountAsync(1);
        }
        await page.Locator(".report button[type=submit]").ClickAsync();
        await Expect(page.Locator(".report [data-outcome=queued]")).ToBeVisibleAsync();
    }

    private async Task<string> Status(string id) =>
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Get, $"/api/v1/incidents/{id}", gateway.Operator))["status"]!.GetValue<string>();

    public Task InitializeAsync() => gateway.InitializeAsync();

    public Task DisposeAsync() => gateway.DisposeAsync();
}
