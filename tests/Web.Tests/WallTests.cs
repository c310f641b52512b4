using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>The wall mode (大屏) on the command centre's display wall: everything on one screen, live.</summary>
public class WallTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task At_1920_by_1080_the_wall_shows_map_counters_and_the_newest_case_without_scrolling_and_a_new_report_within_a_second()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.SetViewportSizeAsync(1920, 1080);
        var earlier = await Reports.Report(gateway, "早先上报的事件");
        await page.GotoAsync("/wall");
        await Expect(page.Locator(".wall .connection[data-state=connected]")).ToBeVisibleAsync();
        foreach (var grid in BoardGateway.Grids)
            await Expect(page.Locator($".wall-map path[data-grid='{grid}']")).ToBeAttachedAsync();
        await Expect(page.Locator(".wall-case").First).ToHaveAttributeAsync("data-case", earlier);

        var stopwatch = Stopwatch.StartNew();
        var id = await Reports.Report(gateway, "大屏上的新事件");
        await Expect(page.Locator(".wall-case").First).ToHaveAttributeAsync("data-case", id, new() { Timeout = 1000 });
        Assert.True(stopwatch.ElapsedMilliseconds < 1000 + 500, $"shown {stopwatch.ElapsedMilliseconds} ms after the report was sent");

        foreach (var shown in new[] { ".wall-map", "[data-count=open]", "[data-count=overdue]", "[data-count=red]", $".wall-case[data-case='{id}']" })
            await Expect(page.Locator(shown)).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.Locator("[data-count=open]")).Not.ToHaveTextAsync("0");
        Assert.Equal(new Extent(1920, 1080, 1920, 1080), await Scrolled(page));
        // Nothing to click: the map has no zoom buttons and takes no pointer, so neither do its markers and clusters.
        await Expect(page.Locator(".wall .leaflet-control-zoom")).ToHaveCountAsync(0);
        await Expect(page.Locator(".wall-map .area-map")).ToHaveCSSAsync("pointer-events", "none");
        await page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("wall.png") });
    }

    [Fact]
    public async Task At_3840_by_2160_the_wall_is_the_same_layout_twice_as_large_and_still_does_not_scroll()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.SetViewportSizeAsync(1920, 1080);
        await page.GotoAsync("/?wall=1");
        await Expect(page.Locator(".wall .connection[data-state=connected]")).ToBeVisibleAsync();
        var small = await FontSize(page, "[data-count=open]");

        await page.SetViewportSizeAsync(3840, 2160);
        await Expect(page.Locator("[data-count=open]")).ToHaveCSSAsync("font-size", $"{small * 2}px");
        await Expect(page.Locator(".wall-map")).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.Equal(new Extent(3840, 2160, 3840, 2160), await Scrolled(page));
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("wall-4k.png") });
    }

    [Fact]
    public async Task With_tour_the_wall_moves_from_the_town_to_its_village_and_back()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.GotoAsync("/wall?tour=1");
        var wall = page.Locator(".wall");
        await Expect(wall).ToHaveAttributeAsync("data-tour-stop", BoardGateway.Town);
        await Expect(wall).ToHaveAttributeAsync("data-tour-stop", Territory.Tiles.Village, new() { Timeout = 3000 });
        await Expect(page.Locator(".wall-stop")).ToContainTextAsync(Territory.Tiles.Village);
        await Expect(wall).ToHaveAttributeAsync("data-tour-stop", BoardGateway.Town, new() { Timeout = 3000 });
    }

    private sealed record Extent(int ScrollWidth, int ScrollHeight, int InnerWidth, int InnerHeight);

    /// <summary>The document's scroll size beside the viewport: equal when nothing scrolls.</summary>
    private static async Task<Extent> Scrolled(IPage page) => JsonSerializer.Deserialize<Extent>(await page.EvaluateAsync<string>(
        "() => JSON.stringify({ ScrollWidth: document.documentElement.scrollWidth, ScrollHeight: document.documentElement.scrollHeight, InnerWidth: innerWidth, InnerHeight: innerHeight })"))!;

    private static async Task<double> FontSize(IPage page, string selector) =>
        double.Parse((await page.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).fontSize")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
}
