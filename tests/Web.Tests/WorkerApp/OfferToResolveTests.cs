using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GridActors.Tests.Territory;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>The worker app on a phone against the real gateway: an offer pushed while it is open,
/// accepted, resolved with a photo taken on the phone; the command centre sees it all.</summary>
public class OfferToResolveTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task An_offer_pushed_while_the_app_is_open_shows_within_a_second_and_is_accepted_and_resolved_with_a_resized_photo_the_board_side_sees()
    {
        var worker = BoardGateway.Workers[0];
        var (context, page) = await Phone.Open(gateway, worker, Tiles.At(0.5, 0.5));
        await using var _ = context;
        await Expect(page.Locator("[data-count=offers]")).ToHaveTextAsync("0");
        var id = await Reports.Report(gateway, "井盖缺失");
        using var centre = gateway.Http(BoardGateway.Operator);

        // Filing dispatches the case to the grid's least loaded worker (both have none; "w-first" comes
        // first): the clock runs from before the command that dispatches it, so it counts the dispatch too.
        var stopwatch = Stopwatch.StartNew();
        var filed = await centre.PostAsync($"/api/v1/incidents/{id}/file", BoardGateway.Json("{}"));
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var offer = page.Locator($"[data-list=offers] .case-card[data-case='{id}']");
        await Expect(offer).ToBeVisibleAsync(new() { Timeout = 1000 });
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"shown {stopwatch.ElapsedMilliseconds} ms after the dispatch was sent");
        await Expect(offer).ToContainTextAsync("井盖缺失");
        // The accept deadline counts down on the card.
        await Expect(offer.Locator(".countdown")).ToContainTextAsync("签收");
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("app-zh-CN.png") });

        await offer.ClickAsync();
        await page.Locator("[data-action=accept]").ClickAsync();
        await page.Locator("[data-form=accept] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-outcome=sent]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("签收");

        await page.Locator("[data-action=resolve]").ClickAsync();
        await page.Locator("[data-form=resolve] textarea").FillAsync("已加盖临时井盖并设置警示");
        await page.Locator("[data-form=resolve] input[name=gallery]").SetInputFilesAsync(await Phone.CameraPhoto(page, 4000, 3000));
        await Expect(page.Locator("[data-form=resolve] [data-photo]")).ToHaveCountAsync(1);
        await page.Locator("[data-form=resolve] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-outcome=sent]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("处置反馈");
        await Expect(page.Locator("[data-field=photos]")).ToHaveTextAsync("1");

        // The command centre reads the case: accepted by the worker, resolved with the photo named.
        using var view = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/incidents/{id}"));
        var root = view.RootElement;
        Assert.Equal("Resolved", root.GetProperty("status").GetString());
        var kinds = root.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Reported", "Filed", "Dispatched", "Accepted", "Attached", "Resolved"], kinds);
        var accepted = root.GetProperty("history").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "Accepted");
        Assert.Equal(worker.Id, accepted.GetProperty("by").GetProperty("id").GetString());
        var photo = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal("image/jpeg", photo.GetProperty("mediaType").GetString());
        var hash = photo.GetProperty("hash").GetString();
        var resolved = root.GetProperty("history").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "Resolved");
        Assert.Equal([new Uri(gateway.Address, $"/api/v1/incidents/{id}/attachments/{hash}").ToString()],
            resolved.GetProperty("photoUrls").EnumerateArray().Select(u => u.GetString()));

        // The photo the board opens was resized on the phone: 4000×3000 taken, 1600×1200 sent.
        var bytes = await centre.GetByteArrayAsync($"/api/v1/incidents/{id}/attachments/{hash}");
        Assert.Equal((1600, 1200), Phone.JpegSize(bytes));
    }
}
