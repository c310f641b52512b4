using GridActors.Benchmarks.Hosts;
using System.Text.Json;
using Microsoft.Playwright;

namespace GridActors.Benchmarks.Board;

/// <summary>Debian's Chromium, headless, opening the board signed in (the session stored as the sign-in
/// page stores it), with every long task the page has collected by a PerformanceObserver.</summary>
public sealed class BoardBrowser : IAsyncDisposable
{
    // Runs before the board's scripts, so no long task of the first render is missed.
    private const string CollectLongTasks = """
        window.longTasks = [];
        new PerformanceObserver(list => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); })
          .observe({ type: "longtask", buffered: true });
        """;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly Uri address;

    private BoardBrowser(IPlaywright playwright, IBrowser browser, Uri address) => (this.playwright, this.browser, this.address) = (playwright, browser, address);

    public static async Task<BoardBrowser> Launch(Uri address)
    {
        var (playwright, browser) = await Chromium.Launch();
        return new BoardBrowser(playwright, browser, address);
    }

    /// <summary>A fresh context (no cache shared with the previous page) signed in with <paramref name="token"/>, not yet navigated.</summary>
    public async Task<BoardPage> SignedIn(string token)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = address.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 1600, Height = 1000 } });
        var session = JsonSerializer.Serialize(new { accessToken = token, expiresAt = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds() });
        await context.AddInitScriptAsync($"sessionStorage.setItem('gridactors.session', {JsonSerializer.Serialize(session)}); localStorage.setItem('gridactors.locale', 'zh-CN');");
        await context.AddInitScriptAsync(CollectLongTasks);
        return new BoardPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}

public sealed class LongTask
{
    public double Start { get; set; }
    public double Duration { get; set; }
}

/// <summary>One board page; every time it reports is the page's own clock (milliseconds since navigation began).</summary>
public sealed class BoardPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>Navigates to the board and answers when it first shows the grids, <paramref name="cases"/>
    /// markers in the cluster layer and as many rows counted in the list: the first animation frame on which
    /// all are true.</summary>
    public async Task<double> Render(int grids, int cases)
    {
        await page.GotoAsync("/");
        return await FrameWhen($"""
            document.querySelector(".board[data-ready=true]") &&
            document.querySelector(".area-map")?.dataset.grids === "{grids}" &&
            document.querySelector(".area-map")?.dataset.markers === "{cases}" &&
            document.querySelector(".case-count")?.dataset.rows === "{cases}"
            """, TimeSpan.FromSeconds(60));
    }

    /// <summary>The page's clock now.</summary>
    public Task<double> Now() => page.EvaluateAsync<double>("performance.now()");

    /// <summary>When the list's sum of the versions the page holds reaches <paramref name="sum"/>.</summary>
    public Task<double> VersionsReach(long sum, TimeSpan timeout) =>
        FrameWhen($"""document.querySelector(".case-list")?.dataset.versions === "{sum}" """, timeout);

    public async Task<long> Versions() => long.Parse(await page.Locator(".case-list").GetAttributeAsync("data-versions") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<LongTask>> LongTasks(double from = 0) =>
        [.. (await page.EvaluateAsync<LongTask[]>("window.longTasks")).Where(t => t.Start >= from)];

    private async Task<double> FrameWhen(string condition, TimeSpan timeout)
    {
        var handle = await page.WaitForFunctionAsync($"() => ({condition}) ? performance.now() : false", null, new() { Timeout = (float)timeout.TotalMilliseconds });
        return await handle.JsonValueAsync<double>();
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
