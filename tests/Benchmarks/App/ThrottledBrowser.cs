using GridActors.Benchmarks.Hosts;
using System.Text.Json;
using Microsoft.Playwright;

namespace GridActors.Benchmarks.App;

/// <summary>Debian's Chromium as a phone on "Slow 4G" (Chrome DevTools' preset, set over CDP's
/// Network.emulateNetworkConditions): each load in a fresh context, so nothing is cached before it.</summary>
public sealed class ThrottledBrowser : IAsyncDisposable
{
    private const double LatencyMs = 562.5;
    private const double DownBytesPerSecond = 1_400_000 / 8.0;
    private const double UpBytesPerSecond = 675_000 / 8.0;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly Uri address;

    private ThrottledBrowser(IPlaywright playwright, IBrowser browser, Uri address) => (this.playwright, this.browser, this.address) = (playwright, browser, address);

    public static async Task<ThrottledBrowser> Launch(Uri address)
    {
        var (playwright, browser) = await Chromium.Launch();
        return new ThrottledBrowser(playwright, browser, address);
    }

    /// <summary>A signed-in phone with the network throttled, not yet navigated.</summary>
    public async Task<Phone> Phone(string token)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = address.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var session = JsonSerializer.Serialize(new { accessToken = token, expiresAt = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds() });
        await context.AddInitScriptAsync($"sessionStorage.setItem('gridactors.session', {JsonSerializer.Serialize(session)});");
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = LatencyMs, ["downloadThroughput"] = DownBytesPerSecond, ["uploadThroughput"] = UpBytesPerSecond,
        });
        return new Phone(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}

/// <summary>One load's figures: bytes over the network (the page's resource timing: headers and
/// bodies as transferred, 0 for what came from the service worker) and the time to interactive.</summary>
public sealed record Load(double Interactive, long Transferred);

public sealed class Phone(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private const string Transferred = """
        () => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
          .reduce((sum, e) => sum + e.transferSize, 0)
        """;

    /// <summary>Navigates and answers at the first animation frame on which the page has loaded and
    /// <paramref name="ready"/> holds: for the app, its page mounted and its service worker in control.</summary>
    public async Task<Load> Open(string path, string ready)
    {
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        return await Measure(ready);
    }

    /// <summary>Once the page's service worker has kept the shell and taken the page over.</summary>
    public Task InControl() => page.EvaluateAsync("""
        navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null
          || new Promise(done => navigator.serviceWorker.addEventListener("controllerchange", () => done(true))))
        """);

    /// <summary>The same page again, now that its service worker has the shell.</summary>
    public async Task<Load> Reload(string ready)
    {
        await page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        return await Measure(ready);
    }

    private async Task<Load> Measure(string ready)
    {
        IJSHandle handle;
        try
        {
            handle = await page.WaitForFunctionAsync($"() => document.readyState === 'complete' && ({ready}) ? performance.now() : false", null, new() { Timeout = 120_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{page.Url} never became ready ({ready}); it shows: {await page.EvaluateAsync<string>("document.readyState + ' ' + document.documentElement.outerHTML.slice(0, 300)")}", e);
        }
        var interactive = await handle.JsonValueAsync<double>();
        return new Load(interactive, await page.EvaluateAsync<long>(Transferred));
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
