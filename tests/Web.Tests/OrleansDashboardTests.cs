using GridActors.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>A platform admin signed in on the board opens the Orleans dashboard, whose own script
/// then reads the cluster's figures with the cookie the gateway gave; nobody else is offered it.</summary>
public class OrleansDashboardTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    private static readonly Actor PlatformAdmin = new("platform", Role.PlatformAdmin, "");

    [Fact]
    public async Task A_platform_admin_opens_the_dashboard_from_the_accounts_view_and_its_page_reads_the_cluster()
    {
        var (context, page) = await gateway.SignedInPage(PlatformAdmin);
        await using var _ = context;
        await page.GotoAsync("/?view=accounts");
        var link = page.Locator(".board-header .orleans-link");
        await Expect(link).ToHaveTextAsync("集群监控");

        var answers = new System.Collections.Concurrent.ConcurrentQueue<(string Path, int Status)>();
        page.Response += (_, r) =>
        {
            var path = new Uri(r.Url).AbsolutePath;
            if (IsDashboardData(path)) answers.Enqueue((path, r.Status));
        };
        await link.ClickAsync();
        await page.WaitForURLAsync("**/admin/orleans/");
        // The page shows the cluster once its script has read it: every read answered with the cookie alone.
        await Expect(page.GetByText("Loading...")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Equal((a.Path, 200), a));
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("orleans-dashboard.png") });
    }

    /// <summary>One of the JSON routes the dashboard's script polls, not its page or its files.</summary>
    private static bool IsDashboardData(string path) =>
        path.StartsWith("/admin/orleans/", StringComparison.Ordinal) && path.Length > "/admin/orleans/".Length
        && !path.Contains('.', StringComparison.Ordinal) && !path.Contains("/fonts/", StringComparison.Ordinal) && !path.Contains("/img/", StringComparison.Ordinal);

    [Fact]
    public async Task An_admin_of_a_district_is_not_offered_it()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Admin);
        await using var _ = context;
        await page.GotoAsync("/?view=accounts");
        await Expect(page.Locator(".accounts[data-ready=true]")).ToBeVisibleAsync();
        await Expect(page.Locator(".orleans-link")).ToHaveCountAsync(0);
    }
}
