using System.Diagnostics;
using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>The command-centre board in Chromium against the real gateway: what an operator sees
/// and does, live.</summary>
public class LiveBoardTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    private static readonly LocatorAssertionsToBeVisibleOptions WithinASecond = new() { Timeout = 1000 };

    [Fact]
    public async Task A_town_operator_signs_in_with_a_password_and_sees_the_towns_grids_and_a_case_reported_over_REST_on_the_map_and_in_the_list_within_a_second()
    {
        var (context, page) = await gateway.NewPage();
        await using var _ = context;
        var navigations = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) navigations++; };
        await page.GotoAsync("/");
        await page.Locator("input[name=login]").FillAsync(BoardGateway.Operator.Id);
        await page.Locator("input[name=password]").FillAsync(BoardGateway.OperatorPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();

        await AssertGridsDrawn(page);

        var stopwatch = Stopwatch.StartNew();
        var id = await Reports.Report(gateway, "河边垃圾堆");
        await Expect(page.Locator($"tr.case-row[data-case='{id}']")).ToBeVisibleAsync(WithinASecond);
        await Expect(page.Locator($".leaflet-marker-icon [data-case='{id}']")).ToBeAttachedAsync(new() { Timeout = 1000 });
        Assert.True(stopwatch.ElapsedMilliseconds < 1000 + 500, $"shown {stopwatch.ElapsedMilliseconds} ms after the report was sent");
        Assert.Equal(1, navigations);
        await Expect(page.Locator($"tr.case-row[data-case='{id}']")).ToContainTextAsync("河边垃圾堆");
        await Expect(page.Locator("[data-count=open]")).Not.ToHaveTextAsync("0");

        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("board-zh-CN.png") });
        await page.Locator(".board-header .language-switch").ClickAsync();
        await Expect(page.Locator(".board-header h1")).ToContainTextAsync("Grid command centre");
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("board-en.png") });
    }

    /// <summary>The town's grid squares, drawn from the area map route.</summary>
    private static async Task AssertGridsDrawn(IPage page)
    {
        foreach (var grid in BoardGateway.Grids)
            await Expect(page.Locator($"path[data-grid='{grid}']")).ToBeAttachedAsync();
    }
}
