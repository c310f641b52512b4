using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GridActors.Tests.Process;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.Offline;

/// <summary>Must-show 2 of the worker app: offline, the worker reports a case with a photo and accepts
/// an offered one; the page is reloaded (the shell from the service worker, the outbox from IndexedDB);
/// the gateway is SIGKILLed and started again meanwhile; back online, the server holds exactly one new
/// case with its one photo and exactly one acceptance.</summary>
public sealed class OutboxAcrossAKillTests(ITestOutputHelper log) : IAsyncLifetime
{
    private const string Title = "离线上报：运河边垃圾堆放";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);
    private readonly OfflineGateway gateway = new();

    /// <summary>What the screens do, through the app's outbox: a report, its photo (drawn and encoded as
    /// JPEG on the device) sent to the report's case by placeholder, and an acceptance with its If-Match.</summary>
    private const string ReportAndAccept = """
        async ([grid, latitude, longitude, offered, version, title]) => {
          const outbox = window.__gridactorsOutbox;
          const canvas = document.createElement("canvas");
          canvas.width = 320; canvas.height = 240;
          const pen = canvas.getContext("2d");
          pen.fillStyle = "#3a7d44"; pen.fillRect(0, 0, 320, 240);
          pen.fillStyle = "#f5b700"; pen.fillRect(100, 80, 120, 80);
          const photo = await new Promise(done => canvas.toBlob(done, "image/jpeg", 0.85));
          const report = await outbox.send({ label: "上报 " + title, method: "POST", path: "/api/v1/incidents",
            body: { source: "Patrol", category: "environment.rubbish", urgency: "Normal", title, gridCode: grid, location: { latitude, longitude } } });
          const upload = await outbox.send({ label: "照片", method: "POST", path: `/api/v1/incidents/${outbox.answerField(report, "id")}/attachments`, body: photo });
          const accept = await outbox.send({ label: "接受 " + offered, method: "POST", path: `/api/v1/incidents/${offered}/accept`, body: {}, version });
          return [report.state, upload.state, accept.state, photo.size];
        }
        """;

    [Fact]
    public async Task A_report_with_a_photo_and_an_acceptance_made_offline_each_arrive_once_after_the_gateway_is_killed_and_restarted()
    {
        var offered = await gateway.OfferedCase("河道漂浮物");
        var (context, page) = await gateway.Phone();
        await using var _ = context;
        await page.GotoAsync("/app/");
        Assert.True(await page.EvaluateAsync<bool>("""
            navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null
              || new Promise(done => navigator.serviceWorker.addEventListener("controllerchange", () => done(true))))
            """));

        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Expect(page.Locator(".coming")).ToBeVisibleAsync();
        var queued = await page.EvaluateAsync<JsonElement>(ReportAndAccept,
            new object[] { OfflineGateway.Grid, OfflineGateway.Latitude, OfflineGateway.Longitude, offered.Id, offered.Version, Title });
        Assert.Equal("queued,queued,queued", string.Join(",", queued.EnumerateArray().Take(3).Select(s => s.GetString())));
        var photoSize = queued[3].GetInt64();
        await Expect(page.Locator(".outbox-command[data-state=waiting]")).ToHaveCountAsync(3);
        await page.ReloadAsync();
        await Expect(page.Locator(".outbox-command[data-state=waiting] .outbox-label"))
            .ToHaveTextAsync(["上报 " + Title, "照片", "接受 " + offered.Id]);
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("app-outbox-offline.png") });

        await gateway.Gateway.KillAsync();
        await gateway.StartAsync("restarted gateway");
        await context.SetOfflineAsync(false);
        await Expect(page.Locator(".outbox-command")).ToHaveCountAsync(0, new() { Timeout = (float)Delivery.TotalMilliseconds });

        var found = await Get($"/api/v1/incidents?area={OfflineGateway.Grid}&q={Uri.EscapeDataString(Title)}&count=true");
        Assert.Equal(1, found["total"]!.GetValue<int>());
        var reported = found["items"]![0]!["id"]!.GetValue<string>();
        var file = await Get($"/api/v1/incidents/{reported}");
        var attachment = Assert.Single(file["attachments"]!.AsArray());
        Assert.Equal(("image/jpeg", photoSize), (attachment!["mediaType"]!.GetValue<string>(), attachment["size"]!.GetValue<long>()));
        Assert.Equal(["case.reported.v1", "case.attached.v1"], await EventTypes(reported));
        Assert.Equal(OfflineGateway.WorkerId, file["reporter"]!["id"]!.GetValue<string>());

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
