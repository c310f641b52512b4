using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>A case's light on the board as its deadlines pass. The deadline reminder does not wake
/// the case here: Orleans' reminder service runs on the real clock, so a reminder registered for
/// a limit minutes of fake time away would fire minutes of real time later. The board reads the
/// case's warning and due instants against the server's clock itself, and this is what it shows.</summary>
public class LiveLightTests(FakeClockBoardGateway gateway) : IClassFixture<FakeClockBoardGateway>
{
    [Fact]
    public async Task A_dispatched_case_turns_yellow_past_its_warning_and_red_past_its_limit_without_a_reload()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        var id = await Reports.Report(gateway, "路灯不亮");
        using var http = gateway.Http(BoardGateway.Operator);
        var filed = await http.PostAsync($"/api/v1/incidents/{id}/file", BoardGateway.Json("{}"));
        Assert.True(filed.IsSuccessStatusCode, await filed.Content.ReadAsStringAsync());
        using var view = JsonDocument.Parse(await filed.Content.ReadAsStringAsync());
        Assert.Equal("Dispatched", view.RootElement.GetProperty("status").GetString());
        var version = view.RootElement.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var warnAt = view.RootElement.GetProperty("stageWarnAt").GetDateTimeOffset();
        var dueAt = view.RootElement.GetProperty("stageDueAt").GetDateTimeOffset();

        var row = page.Locator($"tr.case-row[data-case='{id}']");
        var marker = page.Locator($".leaflet-marker-icon:has([data-case='{id}'])");
        await Expect(row).ToHaveAttributeAsync("data-version", version);
        await Expect(row).ToHaveAttributeAsync("data-light", "Green");
        await Expect(marker).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\blight-Green\b"));

        gateway.Time.Advance(warnAt - gateway.Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        await Expect(row).ToHaveAttributeAsync("data-light", "Yellow");
        await Expect(marker).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\blight-Yellow\b"));

        gateway.Time.Advance(dueAt - gateway.Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        await Expect(row).ToHaveAttributeAsync("data-light", "Red");
        await Expect(marker).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\blight-Red\b"));
        // Nothing was pushed: the page read the deadlines itself, on the server's time.
        await Expect(row).ToHaveAttributeAsync("data-version", version);
    }
}
