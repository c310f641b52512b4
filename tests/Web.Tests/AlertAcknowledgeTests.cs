using GridActors.Territory;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>An alert acknowledged on one board shows as acknowledged, with who and when, on every board of the area.</summary>
public class AlertAcknowledgeTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task An_operator_acknowledges_an_alert_on_the_board_and_another_board_shows_it_live_without_the_button()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        var (otherContext, other) = await gateway.SignedInPage(BoardGateway.Operator, "en");
        await using var __ = otherContext;
        await page.GotoAsync("/");
        await other.GotoAsync("/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        await Expect(other.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();

        var alert = new Alert($"{BoardGateway.Grid}:patrol:1764464400", BoardGateway.Grid, AlertKind.PatrolOverdue,
            DateTimeOffset.UtcNow.AddHours(-1), null, "no patrol since 2026-11-30 09:00");
        await gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<IGridGrain>(BoardGateway.Grid).TrackAlert(alert);
        var row = page.Locator($".alert-row[data-alert='{alert.Id}']");
        var otherRow = other.Locator($".alert-row[data-alert='{alert.Id}']");
        await Expect(row).ToHaveAttributeAsync("data-acknowledged", "false");
        await Expect(otherRow.Locator(".alert-acknowledge")).ToBeVisibleAsync();

        await row.Locator(".alert-acknowledge").ClickAsync();

        await Expect(row).ToHaveAttributeAsync("data-acknowledged", "true");
        await Expect(row.Locator(".alert-acknowledged")).ToContainTextAsync($"{BoardGateway.Operator.Id} 已确认");
        await Expect(otherRow.Locator(".alert-acknowledged")).ToContainTextAsync($"acknowledged by {BoardGateway.Operator.Id}", new() { Timeout = 1000 });
        await Expect(otherRow.Locator(".alert-acknowledge")).ToHaveCountAsync(0);
    }
}
