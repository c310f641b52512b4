using System.Text.Json;
using System.Text.RegularExpressions;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>A report made on the phone: placed by the phone's position, routed to its grid, warned of
/// the likely duplicates before it is sent (without the title of one the worker may not read), and
/// sent with its photo.</summary>
public class ReportByPositionTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Fact]
    public async Task A_report_from_the_phone_shows_its_accuracy_grid_and_likely_duplicates_and_arrives_where_the_pin_was_dragged_with_its_photo()
    {
        var worker = BoardGateway.Workers[0];
        await Reports.Report(gateway, "张家门口垃圾堆");
        var own = await Reports.Report(gateway, "河边垃圾堆", worker);
        var here = Tiles.At(0.55, 0.5);
        var (context, page) = await Phone.Open(gateway, worker, here);
        await using var _ = context;

        await page.Locator("[data-tab=report]").ClickAsync();
        await Expect(page.Locator("[data-accuracy]")).ToHaveTextAsync("精度约 8 米");
        await Expect(page.Locator("[data-located]")).ToHaveTextAsync($"所属网格：{BoardGateway.Grid}");
        await Expect(page.Locator(".mini-map .leaflet-marker-icon")).ToBeVisibleAsync();
        await page.Locator("select[name=category]").SelectOptionAsync("environment.rubbish");
        await Expect(page.Locator($"[data-duplicate='{own}']")).ToContainTextAsync("河边垃圾堆 · 上报");
        // The operator's case is there, but not the worker's to read: its title stays with the centre.
        await Expect(page.Locator("[data-duplicate=unreadable]").First).ToHaveTextAsync(new Regex(@"^已有相近事件（无权查看） · \d+ m$"));
        await Expect(page.Locator(".duplicates")).Not.ToContainTextAsync("张家门口垃圾堆");

        // The heap is another matter across the canal: the pin dragged east, past the grid's edge (a
        // tile is about 93 px wide at the map's zoom), puts the report in the neighbouring grid.
        var pin = (await page.Locator(".mini-map .leaflet-marker-icon").BoundingBoxAsync())!;
        var (x, y) = (pin.X + pin.Width / 2, pin.Y + pin.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 70, y, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await Expect(page.Locator("[data-located]")).ToHaveTextAsync($"所属网格：{BoardGateway.Grids[1]}");
        await Expect(page.Locator("[data-duplicates]")).ToHaveAttributeAsync("data-duplicates", "0");
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
        Assert.Equal(("河边又堆了垃圾", "约两立方米，靠近码头", BoardGateway.Grids[1], worker.Id),
            (root.GetProperty("title").GetString(), root.GetProperty("description").GetString(), root.GetProperty("gridCode").GetString(),
             root.GetProperty("reporter").GetProperty("id").GetString()));
        // Where the pin was left: on the phone's latitude (within the pixel or two a drag may round to,
        // 0.00001° each), 70 px east, in the neighbouring grid.
        var location = root.GetProperty("location");
        Assert.InRange(location.GetProperty("latitude").GetDouble(), here.Latitude - 0.00003, here.Latitude + 0.00003);
        Assert.InRange(location.GetProperty("longitude").GetDouble(), Tiles.At(1, 0).Longitude, Tiles.At(2, 0).Longitude);
        Assert.Empty(root.GetProperty("likelyDuplicateOf").EnumerateArray());
        Assert.Equal("image/jpeg", Assert.Single(root.GetProperty("attachments").EnumerateArray()).GetProperty("mediaType").GetString());
    }

    [Fact]
    public async Task A_report_taken_whose_photo_is_refused_says_so_and_leaves_no_form_to_send_it_twice()
    {
        var worker = BoardGateway.Workers[1];
        var (context, page) = await Phone.Open(gateway, worker, Tiles.At(0.3, 0.3));
        await using var _ = context;
        // The gateway refuses the photo as it refuses bytes that are no photo.
        var photoFor = new List<string>();
        await page.RouteAsync("**/attachments", route =>
        {
            photoFor.Add(new Uri(route.Request.Url).Segments[^2].TrimEnd('/'));
            return route.FulfillAsync(new()
            {
                Status = 415, ContentType = "application/problem+json",
                Body = """{"title":"Unsupported Media Type","status":415,"detail":"only JPEG, PNG or WebP photos"}""",
            });
        });
        await page.Locator("[data-tab=report]").ClickAsync();
        await page.Locator("select[name=category]").SelectOptionAsync("environment.rubbish");
        await page.Locator("input[name=title]").FillAsync("路口积水");
        await page.Locator("input[name=gallery]").SetInputFilesAsync(await Phone.CameraPhoto(page, 800, 600));
        await Expect(page.Locator(".report [data-photo]")).ToHaveCountAsync(1);
        await page.Locator(".report button[type=submit]").ClickAsync();

        // In the app's words, not the gateway's English sentence.
        await Expect(page.Locator(".report [data-outcome=refused]")).ToHaveTextAsync("事件已上报，但照片未被受理：只能上传 JPEG、PNG 或 WebP 照片。");
        await Expect(page.Locator("input[name=title]")).ToHaveValueAsync("");
        await Expect(page.Locator(".report [data-photo]")).ToHaveCountAsync(0);
        // The case the photo was for is there, reported by the worker, without the photo.
        using var centre = gateway.Http(BoardGateway.Operator);
        using var view = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/incidents/{Assert.Single(photoFor)}"));
        var photos = view.RootElement.GetProperty("attachments") is { ValueKind: JsonValueKind.Array } attached ? attached.GetArrayLength() : 0;
        Assert.Equal(("路口积水", worker.Id, 0), (view.RootElement.GetProperty("title").GetString(),
            view.RootElement.GetProperty("reporter").GetProperty("id").GetString(), photos));
    }

    [Fact]
    public async Task A_report_refused_at_once_names_the_field_in_the_forms_words_and_in_english_says_what_the_gateway_said()
    {
        var (context, page) = await Phone.Open(gateway, BoardGateway.Workers[1], Tiles.At(0.3, 0.7));
        await using var _ = context;
        await page.Locator("[data-tab=report]").ClickAsync();
        await page.Locator("select[name=category]").SelectOptionAsync("environment.rubbish");
        // Blanks pass the form's own check; the gateway refuses a title with nothing in it.
        await page.Locator("input[name=title]").FillAsync("   ");
        await page.Locator(".report button[type=submit]").ClickAsync();
        await Expect(page.Locator(".report [data-outcome=refused]")).ToHaveTextAsync("未执行：内容有误，请检查：标题");

        await page.Locator(".top .language-switch").ClickAsync();
        await page.Locator(".report button[type=submit]").ClickAsync();
        await Expect(page.Locator(".report [data-outcome=refused]")).ToHaveTextAsync("Not done: The request is not valid");
    }
}
