using System.Net;
using System.Text.Json.Nodes;
using GridActors.Tests.Process;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.Offline;

/// <summary>A command the gateway refuses once the network is back is kept and shown with the problem's
/// detail and what to do, never dropped; a command that needs its answer is refused with it; the
/// commands after it that need nothing of it are sent; the worker discards the refused ones.</summary>
public sealed class OutboxRefusalTests : IAsyncLifetime
{
    private readonly OfflineGateway gateway = new();

    [Fact]
    public async Task A_refused_report_is_shown_with_what_to_do_its_photo_is_refused_with_it_and_a_later_acceptance_still_goes()
    {
        var offered = await gateway.OfferedCase("井盖缺失");
        var (context, page) = await gateway.Phone();
        await using var _ = context;
        await page.GotoAsync("/app/");
        await context.SetOfflineAsync(true);
        await page.EvaluateAsync("""
            async ([grid, offered, version]) => {
              const outbox = window.__gridactorsOutbox;
              const report = await outbox.send({ label: "上报 无类别", method: "POST", path: "/api/v1/incidents",
                body: { source: "Patrol", category: "no.such.category", urgency: "Normal", title: "无类别的上报", gridCode: grid } });
              await outbox.send({ label: "照片", method: "POST", path: `/api/v1/incidents/${outbox.answerField(report, "id")}/attachments`,
                body: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" }) });
              await outbox.send({ label: "接受", method: "POST", path: `/api/v1/incidents/${offered}/accept`, body: {}, version });
            }
            """, new object[] { OfflineGateway.Grid, offered.Id, offered.Version });
        await Expect(page.Locator(".outbox-command[data-state=waiting]")).ToHaveCountAsync(3);

        await context.SetOfflineAsync(false);
        var refused = page.Locator(".outbox-command[data-state=refused]");
        await Expect(refused).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Expect(page.Locator(".outbox-command[data-state=waiting]")).ToHaveCountAsync(0);
        await Expect(refused.Nth(0).Locator(".outbox-reason")).ToHaveTextAsync("The request is not valid · category: unknown category 'no.such.category'（400）");
        await Expect(refused.Nth(0).Locator(".outbox-advice")).ToHaveTextAsync("内容有误：请核对后重新填写。");
        await Expect(refused.Nth(1).Locator(".outbox-label")).ToHaveTextAsync("照片");
        await Expect(refused.Nth(1).Locator(".outbox-reason")).ToHaveTextAsync("它依赖的前一项操作未被受理。");
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("app-outbox-refused.png") });
        var accepted = GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Get, $"/api/v1/incidents/{offered.Id}", gateway.Operator));
        Assert.Equal("Accepted", accepted["status"]!.GetValue<string>());

        // Kept across a reload until the worker discards them.
        await page.ReloadAsync();
        await Expect(refused).ToHaveCountAsync(2);
        await refused.Nth(1).Locator(".outbox-discard").ClickAsync();
        await refused.Nth(0).Locator(".outbox-discard").ClickAsync();
        await Expect(page.Locator(".outbox-command")).ToHaveCountAsync(0);
        var town = GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Get, $"/api/v1/incidents?area={OfflineGateway.Grid}&count=true", gateway.Operator));
        Assert.Equal(1, town["total"]!.GetValue<int>());
    }

    public Task InitializeAsync() => gateway.InitializeAsync();

    public Task DisposeAsync() => gateway.DisposeAsync();
}
