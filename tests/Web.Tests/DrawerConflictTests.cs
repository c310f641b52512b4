using System.Text.Json;
using GridActors.Tests.Territory;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>Acting from the drawer on a case someone else changed meanwhile: the gateway answers 412
/// to the stale version, and the drawer shows what changed and offers to send the action again.</summary>
public class DrawerConflictTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task An_escalation_begun_before_the_worker_accepted_shows_the_acceptance_and_re_applies_to_the_new_version()
    {
        var id = await Reports.Report(gateway, "井盖缺失");
        var worker = await FileOverRest(id);
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator, "en");
        await using var _ = context;
        var drawer = await OpenDrawer(page, id, "Dispatched");
        await drawer.Locator("[data-action=escalate]").ClickAsync();
        await Field(drawer, "Handler").FillAsync(Tiles.Village);
        await Field(drawer, "Reason").FillAsync("需要村里协调");

        using (var http = gateway.Http(BoardGateway.Workers.Single(w => w.Id == worker)))
            (await http.PostAsync($"/api/v1/incidents/{id}/accept", BoardGateway.Json("{}"))).EnsureSuccessStatusCode();
        await drawer.Locator(".action-submit").ClickAsync();

        var conflict = drawer.Locator(".case-conflict");
        await Expect(conflict.Locator("[data-field=status]")).ToHaveTextAsync("Status: Dispatched → Accepted");
        await Expect(conflict.Locator(".conflict-events li")).ToHaveCountAsync(1);
        await Expect(conflict.Locator(".conflict-events li[data-kind=Accepted]")).ToContainTextAsync($"Accepted · {worker}");
        await conflict.Locator(".conflict-reapply").ClickAsync();

        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(drawer).ToHaveAttributeAsync("data-status", "Dispatched");
        await Expect(drawer.Locator(".case-timeline [data-kind=Escalated]")).ToContainTextAsync($"→ {Tiles.Village} · 需要村里协调");
    }

    [Fact]
    public async Task A_rejection_begun_before_another_operator_filed_the_case_shows_the_filing_and_is_no_longer_offered()
    {
        var id = await Reports.Report(gateway, "广告牌松动");
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        var drawer = await OpenDrawer(page, id, "Reported");
        await drawer.Locator("[data-action=reject]").ClickAsync();
        await Field(drawer, "原因").FillAsync("不属于受理范围");

        var worker = await FileOverRest(id);
        await drawer.Locator(".action-submit").ClickAsync();

        var conflict = drawer.Locator(".case-conflict");
        await Expect(conflict.Locator("[data-field=status]")).ToHaveTextAsync("状态: 上报 → 派遣");
        await Expect(conflict.Locator("[data-field=handler]")).ToHaveTextAsync($"处置人: — → {worker}");
        await Expect(conflict.Locator(".conflict-events li")).ToHaveCountAsync(2);
        Assert.Equal(["Filed", "Dispatched"], await conflict.Locator(".conflict-events li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)"));
        await Expect(conflict.Locator(".conflict-events li[data-kind=Filed]")).ToContainTextAsync($"立案 · {BoardGateway.Operator.Id}");
        await Expect(conflict.Locator(".conflict-not-offered")).ToHaveTextAsync("该操作在事件的新状态下已不可用。");
        await Expect(conflict.Locator(".conflict-reapply")).ToHaveCountAsync(0);
        await conflict.Locator(".conflict-cancel").ClickAsync();

        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(drawer).ToHaveAttributeAsync("data-status", "Dispatched");
        await Expect(drawer.Locator(".case-timeline [data-kind=Rejected]")).ToHaveCountAsync(0);
    }

    /// <summary>The town's operator at another desk files the case over REST; filing dispatches it to
    /// the grid's least loaded worker, whose id is answered.</summary>
    private async Task<string> FileOverRest(string id)
    {
        using var desk = gateway.Http(BoardGateway.Operator);
        var filed = await desk.PostAsync($"/api/v1/incidents/{id}/file", BoardGateway.Json("{}"));
        Assert.True(filed.IsSuccessStatusCode, await filed.Content.ReadAsStringAsync());
        using var view = JsonDocument.Parse(await filed.Content.ReadAsStringAsync());
        Assert.Equal("Dispatched", view.RootElement.GetProperty("status").GetString());
        return view.RootElement.GetProperty("handler").GetString()!;
    }

    private static async Task<ILocator> OpenDrawer(IPage page, string id, string status)
    {
        await page.GotoAsync("/");
        await page.Locator($"tr.case-row[data-case='{id}']").ClickAsync();
        var drawer = page.Locator($".case-drawer[data-case='{id}']");
        await Expect(drawer).ToHaveAttributeAsync("data-status", status);
        return drawer;
    }

    private static ILocator Field(ILocator drawer, string label) =>
        drawer.Locator($".action-form .el-form-item:has(label:text-is('{label}')) input");
}
