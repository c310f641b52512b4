using System.Text.Json;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>A report made on the phone: placed by the phone's position, routed to its grid, warned of
/// the likely duplicate before it is sent, and sent with its photo.</summary>
public class ReportByPositionTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task A_report_from_the_phone_shows_its_accuracy_grid_and_likely_duplicate_and_arrives_with_its_position_and_photo()
    {
        var heap = await Reports.Report(gateway, "河边垃圾堆");
        var worker = BoardGateway.Workers[0];
        var here = Tiles.At(0.55, 0.5);
        var (context, page) = await Phone.Open(gateway, worker, here);
        await using var _ = context;

        await page.Locator("[data-tab=report]").ClickAsync();
        await Expect(page.Locator("[data-accuracy]")).ToHaveTextAsync("精度约 8 米");
        await Expect(page.Locator("[data-located]")).ToHaveTextAsync($"所属网格：{BoardGateway.Grid}");
        await Expect(page.Locator(".mini-map .leaflet-marker-icon")).ToBeVisibleAsync();
        await page.Locator("select[name=category]").SelectOptionAsync("environment.rubbish");
        await Expect(page.Locator($"[data-duplicate='{heap}']")).ToContainTextAsync("河边垃圾堆");
        await page.Locator("input[name=title]").FillAsync("河边又堆了垃圾");
        await page.Locator("textarea[name=note]").FillAsync("约两立方米，靠近码头");
        await page.Locator("input[name=gallery]").SetInputFilesAsync(await Phone.CameraPhoto(page, 1200, 900));
        await Expect(page.Locator(".report [data-photo]")).ToHaveCountAsync(1);
        await page.Locator(".report button[type=submit]").ClickAsync();

        // Sent, the app opens the new case.
        var opened = page.Locator(".case-view[data-case]");
        await Expect(opened.Locator("[data-field=photos]")).ToHaveTextAsync("1");
        var id = await opened.GetAttributeAsync("data-case");
        using var centre = gateway.Http(BoardGateway.Operator);
        using var view = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/incidents/{id}"));
        var root = view.RootElement;
        Assert.Equal(("河边又堆了垃圾", "约两立方米，靠近码头", BoardGateway.Grid, worker.Id),
            (root.GetProperty("title").GetString(), root.GetProperty("description").GetString(), root.GetProperty("gridCode").GetString(),
             root.GetProperty("reporter").GetProperty("id").GetString()));
        var location = root.GetProperty("location");
        Assert.Equal((here.Latitude, here.Longitude), (location.GetProperty("latitude").GetDouble(), location.GetProperty("longitude").GetDouble()), new Near());
        Assert.Equal([heap], root.GetProperty("likelyDuplicateOf").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("image/jpeg", Assert.Single(root.GetProperty("attachments").EnumerateArray()).GetProperty("mediaType").GetString());
    }

    /// <summary>The phone's position as Chromium reports it: a float, so within a millionth of a degree (10 cm).</summary>
    sealed class Near : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) < 1e-6 && Math.Abs(x.Item2 - y.Item2) < 1e-6;
        public int GetHashCode((double, double) obj) => 0;
    }
}
