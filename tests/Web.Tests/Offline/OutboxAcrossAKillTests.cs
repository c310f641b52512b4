using System.Net;
using System.Text.Json.Nodes;
using GridActors.Tests.Process;
using GridActors.Tests.Web.WorkerApp;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.Offline;

/// <summary>Must-show 2 of the worker app: offline, the worker accepts an offered case and reports a
/// case with a photo on the app's screens; the page is reloaded (the shell from the service worker,
/// the outbox from IndexedDB); the gateway is SIGKILLed and started again meanwhile; back online, the
/// server holds exactly one new case with its one photo and exactly one acceptance.</summary>
public sealed class OutboxAcrossAKillTests(ITestOutputHelper log) : IAsyncLifetime
{
    private const string Title = "离线上报：运河边垃圾堆放";
    private const string Offered = "河道漂浮物";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);
    private readonly OfflineGateway gateway = new();

    [Fact]
    public async Task A_report_with_a_photo_and_an_acceptance_made_offline_each_arrive_once_after_the_gateway_is_killed_and_restarted()
    {
        var offered = await gateway.OfferedCase(Offered);
        var (context, page) = await gateway.Phone();
        await using var _ = context;
        await page.GotoAsync("/app/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("""
            navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null
              || new Promise(done => navigator.serviceWorker.addEventListener("controllerchange", () => done(true))))
            """));
        // Online, the worker opened the report screen (the catalogue came) and the offered case.
        await page.Locator("[data-tab=report]").ClickAsync();
        await Expect(page.Locator("select[name=category] option[value='environment.rubbish']")).ToHaveCountAsync(1);
        await page.Locator("[data-tab=cases]").ClickAsync();
        await page.Locator($"[data-list=offers] .case-card[data-case='{offered.Id}']").ClickAsync();
        await Expect(page.Locator("[data-action=accept]")).ToBeVisibleAsync();

        await context.SetOfflineAsync(true);
        await page.Locator("[data-action=accept]").ClickAsync();
        await page.Locator("[data-form=accept] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-outcome=queued]")).ToBeVisibleAsync();
        await page.Locator("[data-tab=report]").ClickAsync();
        await page.Locator("select[name=category]").SelectOptionAsync("environment.rubbish");
        await page.Locator("input[name=title]").FillAsync(Title);
        await page.Locator("input[name=gallery]").SetInputFilesAsync(await Phone.CameraPhoto(page, 1200, 900));
        await Expect(page.Locator(".report [data-photo]")).ToHaveCountAsync(1);
        await page.Locator(".report button[type=submit]").ClickAsync();
        await Expect(page.Locator(".report [data-outcome=queued]")).ToBeVisibleAsync();
        string[] waiting = [$"签收 · {Offered}", $"上报 · {Title}", $"上报 · {Title} 1/1"];
        await Expect(page.Locator(".outbox-command[data-state=waiting] .outbox-label")).ToHaveTextAsync(waiting);

        // Still offline: the page opens again from the service worker, the outbox from IndexedDB.
        await page.ReloadAsync();
        await Expect(page.Locator(".outbox-command[data-state=waiting] .outbox-label")).ToHaveTextAsync(waiting);
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("app-outbox-offline.png") });

        await gateway.Gateway.KillAsync();
        await gateway.StartAsync("restarted gateway");
        await context.SetOfflineAsync(false);
        await Expect(page.Locator(".outbox-command")).ToHaveCountAsync(0, new() { Timeout = (float)Delivery.TotalMilliseconds });

        var found = await Get($"/api/v1/incidents?area={OfflineGateway.Grid}&q={Uri.EscapeDataString(Title)}&count=true");
        Assert.Equal(1, found["total"]!.GetValue<int>());
        var reported = found["items"]![0]!["id"]!.GetValue<string>();
        var file = await Get($"/api/v1/incidents/{reported}");
        Assert.Equal((OfflineGateway.WorkerId, OfflineGateway.Grid), (file["reporter"]!["id"]!.GetValue<string>(), file["gridCode"]!.GetValue<string>()));
        Assert.Equal("image/jpeg", Assert.Single(file["attachments"]!.AsArray())!["mediaType"]!.GetValue<string>());
        Assert.Equal(["case.reported.v1", "case.attached.v1"], await EventTypes(reported));

        var accepted = await Get($"/api/v1/incidents/{offered.Id}");
        Assert.Equal(("Accepted", OfflineGateway.WorkerId), (accepted["status"]!.GetValue<string>(), accepted["handler"]!.GetValue<string>()));
        Assert.Single(await EventTypes(offered.Id), t => t == "case.accepted.v1");
        Assert.Equal(2, (await Get($"/api/v1/incidents?area={OfflineGateway.Grid}&count=true"))["total"]!.GetValue<int>());

        // The service worker kept the shell and nothing the API answered.
        var kept = await page.EvaluateAsync<string[]>("""
            async () => (await Promise.all((await caches.keys()).map(async name => (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname)))).flat()
            """);
        Assert.Contains("/app/", kept);
        Assert.Contains(kept, path => path.StartsWith("/assets/app-", StringComparison.Ordinal));
        Assert.DoesNotContain(kept, path => path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/hubs/", StringComparison.Ordinal));
    }

    private async Task<JsonNode> Get(string path) =>
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.Api.SendAsync(HttpMethod.Get, path, gateway.Operator));

    private async Task<string[]> EventTypes(string id) =>
        [.. (await Get($"/api/v1/incidents/{id}/events")).AsArray().Select(e => e!["type"]!.GetValue<string>())];

    public Task InitializeAsync() => gateway.InitializeAsync();

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        log.WriteLine($"--- last lines of the gateway ---\n{gateway.Gateway.Tail(15)}");
    }
}
