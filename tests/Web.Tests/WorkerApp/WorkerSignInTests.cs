using System.Text.Json;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>A worker's own account on the phone: signed in with a password, the language switched and
/// remembered, and the app's heartbeat telling the platform where the worker is.</summary>
public class WorkerSignInTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    const string Password = "towpath at dawn";

    [Fact]
    public async Task A_worker_signs_in_with_a_password_the_heartbeat_places_them_and_English_is_remembered_after_a_reload()
    {
        var worker = BoardGateway.Workers[1];
        using (var admin = gateway.Http(BoardGateway.Admin))
            (await admin.PostAsync("/api/v1/accounts", BoardGateway.Json($$"""
                {"login":"{{worker.Id}}","displayName":"网格员乙","role":"Worker","scope":"{{BoardGateway.Grid}}","workerId":"{{worker.Id}}","password":"{{Password}}"}
                """))).EnsureSuccessStatusCode();
        var here = Tiles.At(0.3, 0.6);
        var (context, page) = await gateway.NewPage(phoneAt: here);
        await using var _ = context;
        await page.GotoAsync("/app");
        await Expect(page.Locator("h1")).ToHaveTextAsync("网格员");
        await page.Locator("input[name=login]").FillAsync(worker.Id);
        await page.Locator("input[name=password]").FillAsync(Password);

        // The first position after signing in is the first heartbeat.
        var beat = await page.RunAndWaitForResponseAsync(() => page.Locator("button[type=submit]").ClickAsync(), r => r.Url.EndsWith($"/api/v1/workers/{worker.Id}/heartbeat"));
        Assert.Equal(200, beat.Status);
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        using (var centre = gateway.Http(BoardGateway.Operator))
        {
            using var seen = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/workers/{worker.Id}"));
            var position = seen.RootElement.GetProperty("lastPosition");
            Assert.Equal(here.Latitude, position.GetProperty("latitude").GetDouble(), 6);
            Assert.Equal(here.Longitude, position.GetProperty("longitude").GetDouble(), 6);
        }

        await page.Locator(".top .language-switch").ClickAsync();
        await Expect(page.Locator(".top h1")).ToHaveTextAsync("Grid worker");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-tab=cases]")).ToHaveTextAsync("My cases");
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("app-en.png") });
    }
}
