using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>A board that loses its network catches up when it is back, and shows each case once.</summary>
public class ReconnectTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task Changes_made_while_the_page_is_offline_all_show_once_after_it_reconnects()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        var before = await page.Locator("tr.case-row").CountAsync();

        await context.SetOfflineAsync(true);
        await Expect(page.Locator(".connection[data-state=reconnecting]")).ToBeVisibleAsync(new() { Timeout = 15000 });
        var ids = new List<string>();
        for (var n = 1; n <= 5; n++) ids.Add(await Reports.Report(gateway, $"离线期间的事件 {n}"));
        await context.SetOfflineAsync(false);

        await Expect(page.Locator(".connection[data-state=reconnected]")).ToBeVisibleAsync(new() { Timeout = 15000 });
        foreach (var id in ids) await Expect(page.Locator($"tr.case-row[data-case='{id}']")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr.case-row")).ToHaveCountAsync(before + 5);
        await Expect(page.Locator(".connection")).ToHaveTextAsync("已重新连接");
    }
}
