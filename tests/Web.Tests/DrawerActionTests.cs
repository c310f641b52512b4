using GridActors.Workers;
using Microsoft.AspNetCore.SignalR.Client;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>Acting on a case from the board's drawer, with the worker's app listening on its hub.</summary>
public class DrawerActionTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task Filing_and_dispatching_from_the_drawer_offers_the_case_to_the_chosen_worker_and_the_drawer_follows_live()
    {
        var chosen = BoardGateway.Workers[1];
        await using var hub = gateway.WorkerHub(chosen);
        var offered = new TaskCompletionSource<Assignment>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<Assignment>("assignmentOffered", a => offered.TrySetResult(a));
        await hub.StartAsync();
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        var id = await Reports.Report(gateway, "楼道堆放杂物");

        await page.Locator($"tr.case-row[data-case='{id}']").ClickAsync();
        var drawer = page.Locator($".case-drawer[data-case='{id}']");
        await drawer.Locator("[data-action=file]").ClickAsync();
        await drawer.Locator(".action-submit").ClickAsync();
        // Filing dispatches to the grid's least loaded worker; the operator offers it to the other one instead.
        await Expect(drawer).ToHaveAttributeAsync("data-status", "Dispatched");
        await drawer.Locator("[data-action=reoffer]").ClickAsync();
        await drawer.Locator(".worker-picker").ClickAsync();
        await page.Locator($".el-select-dropdown__item:has-text('{chosen.Id}')").ClickAsync();
        await drawer.Locator(".action-form input").Last.FillAsync("离得更近");
        await drawer.Locator(".action-submit").ClickAsync();

        var assignment = await offered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(id, assignment.IncidentId);
        await Expect(drawer.Locator(".case-timeline [data-kind=Dispatched]")).ToHaveCountAsync(2);

        // The worker accepts in its app: the open drawer shows it without a reload.
        using var worker = gateway.Http(chosen);
        (await worker.PostAsync($"/api/v1/incidents/{id}/accept", BoardGateway.Json("{}"))).EnsureSuccessStatusCode();
        await Expect(drawer).ToHaveAttributeAsync("data-status", "Accepted");
        await Expect(drawer.Locator(".case-timeline [data-kind=Accepted]")).ToHaveCountAsync(1);
        await Expect(drawer.Locator(".light-tag")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("light-Green"));
        await Expect(page.Locator($"tr.case-row[data-case='{id}']")).ToHaveAttributeAsync("data-version", await drawer.GetAttributeAsync("data-version") ?? "");
    }
}
