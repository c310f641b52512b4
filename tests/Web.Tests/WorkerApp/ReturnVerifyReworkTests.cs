using System.Net;
using System.Text.Json;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>The app's other case actions: an offer returned with a reason, and a worker's own report,
/// once resolved by the handler, sent back for rework and then verified on site.</summary>
public class ReturnVerifyReworkTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task An_offer_is_returned_with_its_reason_and_an_own_report_is_sent_back_then_verified()
    {
        var (handler, reporter) = (BoardGateway.Workers[0], BoardGateway.Workers[1]);
        using var centre = gateway.Http(BoardGateway.Operator);
        using var handling = gateway.Http(handler);
        // The reporter's own report, offered to the grid's other worker ("w-first": neither has a case).
        var reported = await ReportAs(reporter, "路灯不亮");
        await Do(centre, reported, "file", "{}");
        await Do(handling, reported, "accept", "{}");
        await Do(handling, reported, "resolve", """{"result":"已更换灯泡"}""");
        // And an offer to the handler that belongs elsewhere: the reporter is off duty, so it is the handler's.
        using (var reporting = gateway.Http(reporter))
            (await reporting.PutAsync($"/api/v1/workers/{reporter.Id}/duty", BoardGateway.Json("""{"duty":"OffDuty"}"""))).EnsureSuccessStatusCode();
        var elsewhere = await Reports.Report(gateway, "河面漂浮物");
        await Do(centre, elsewhere, "file", "{}");

        var (handlerContext, handlerPage) = await Phone.Open(gateway, handler, Tiles.At(0.5, 0.5));
        await using (handlerContext)
        {
            await handlerPage.Locator($"[data-list=offers] [data-case='{elsewhere}']").ClickAsync();
            await handlerPage.Locator("[data-action=return]").ClickAsync();
            await handlerPage.Locator("[data-form=return] textarea").FillAsync("属于河道管理，不在本网格职责内");
            await handlerPage.Locator("[data-form=return] button[type=submit]").ClickAsync();
            await Expect(handlerPage.Locator("[data-field=status]")).ToHaveTextAsync("回退");
            await Expect(handlerPage.Locator(".timeline [data-kind=Returned]")).ToContainTextAsync("属于河道管理，不在本网格职责内");
        }

        var (context, page) = await Phone.Open(gateway, reporter, Tiles.At(0.5, 0.5));
        await using var _ = context;
        await page.Locator($"[data-list=toVerify] [data-case='{reported}']").ClickAsync();
        await page.Locator("[data-action=rework]").ClickAsync();
        await page.Locator("[data-form=rework] textarea").FillAsync("灯仍然不亮");
        await page.Locator("[data-form=rework] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("返工");
        await Expect(page.Locator("[data-action]")).ToHaveCountAsync(0);

        await Do(handling, reported, "resolve", """{"result":"已更换镇流器"}""");
        await page.Locator(".back").ClickAsync();
        await page.Locator($"[data-list=toVerify] [data-case='{reported}']").ClickAsync();
        await page.Locator("[data-action=verify]").ClickAsync();
        await page.Locator("[data-form=verify] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("核查");

        using var view = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/incidents/{reported}"));
        Assert.Equal(["Reported", "Filed", "Dispatched", "Accepted", "Resolved", "Reworked", "Resolved", "Verified"],
            view.RootElement.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        using var returned = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/incidents/{elsewhere}"));
        Assert.Equal("Returned", returned.RootElement.GetProperty("status").GetString());
    }

    async Task<string> ReportAs(Access.Actor worker, string title)
    {
        using var http = gateway.Http(worker);
        var at = Tiles.At(0.5, 0.5);
        var response = await http.PostAsync("/api/v1/incidents", BoardGateway.Json(JsonSerializer.Serialize(new
        {
            source = "Patrol", category = "environment.rubbish", urgency = "Normal", title, location = new { latitude = at.Latitude, longitude = at.Longitude },
        })));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return view.RootElement.GetProperty("id").GetString()!;
    }

    static async Task Do(HttpClient http, string id, string command, string body)
    {
        var response = await http.PostAsync($"/api/v1/incidents/{id}/{command}", BoardGateway.Json(body));
        Assert.True(response.IsSuccessStatusCode, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
