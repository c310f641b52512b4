using System.Net;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.Offline;

/// <summary>A worker's phone offline for longer than an access token lives keeps its session (the
/// outbox needs it to send what waits) and renews it once the network is back.</summary>
public class SessionOfflineTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    private const string Password = "towpath morning round";

    [Fact]
    public async Task Offline_past_the_access_tokens_life_the_app_stays_signed_in_and_renews_the_token_when_back()
    {
        var worker = BoardGateway.Workers[0];
        using var admin = gateway.Http(BoardGateway.Admin);
        var created = await admin.PostAsync("/api/v1/accounts", BoardGateway.Json($$"""
            {"login":"{{worker.Id}}","displayName":"网格员一","role":"Worker","scope":"{{BoardGateway.Grid}}","workerId":"{{worker.Id}}","password":"{{Password}}"}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (context, page) = await gateway.NewPage();
        await using var _ = context;
        await page.Clock.InstallAsync();
        await page.GotoAsync("/app/");
        await page.Locator("input[name=login]").FillAsync(worker.Id);
        await page.Locator("input[name=password]").FillAsync(Password);
        await page.Locator(".sign-in button[type=submit]").ClickAsync();
        await Expect(page.Locator(".shell")).ToBeVisibleAsync();
        var first = await Session(page);

        await context.SetOfflineAsync(true);
        // Past the token's ten minutes: the renewal a minute before fails without a network.
        await page.Clock.RunForAsync("12:00");
        await Expect(page.Locator(".shell")).ToBeVisibleAsync();
        Assert.Equal(first, await Session(page));

        await context.SetOfflineAsync(false);
        await page.Clock.RunForAsync("00:20");
        await page.WaitForFunctionAsync("first => JSON.parse(sessionStorage.getItem('gridactors.session')).accessToken !== first", first);
        await Expect(page.Locator(".shell")).ToBeVisibleAsync();
    }

    private static Task<string> Session(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string>("JSON.parse(sessionStorage.getItem('gridactors.session')).accessToken");
}
