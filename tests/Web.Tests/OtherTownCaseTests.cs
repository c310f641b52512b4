using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using GridActors.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>A case id of another town typed into the board's URL: the operator is told it is not
/// found or not theirs, and nothing of the case reaches the browser.</summary>
public class OtherTownCaseTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    private const string OtherTown = "320412102";
    private const string OtherGrid = OtherTown + "001-01";
    private const string OtherTitle = "邻镇的秘密事件";

    [Theory]
    [InlineData("zh-CN", "事件不存在或不属于您的辖区")]
    [InlineData("en", "Not found or not yours")]
    public async Task Another_towns_case_in_the_URL_shows_not_found_or_not_yours_and_none_of_its_data_reaches_the_page(string locale, string notice)
    {
        var theirs = await ReportInOtherTown();
        var ours = await Reports.Report(gateway, "本镇的事件");
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator, locale);
        await using var _ = context;
        var seen = Record(page);

        await page.GotoAsync($"/?case={theirs}");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        await Expect(page.Locator(".case-missing")).ToHaveTextAsync(notice);
        await Expect(page.Locator($"tr.case-row[data-case='{ours}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact($"other-towns-case-{locale}.png") });

        var received = await seen.All();
        Assert.Contains(received, r => r.Url.EndsWith($"/api/v1/incidents/{theirs}", StringComparison.Ordinal));
        // The recording does see a case's title when one comes: the town's own.
        Assert.Contains(received, r => Mentions(r.Body, "本镇的事件"));
        Assert.DoesNotContain(received, r => Mentions(r.Body, OtherTitle) || Mentions(r.Body, OtherGrid));
        // The id comes back only in the answer to the very request that named it, and that answer is the missing-case problem.
        var naming = Assert.Single(received, r => r.Body.Contains(theirs, StringComparison.Ordinal));
        Assert.Equal((404, $"no case {theirs}"), (naming.Status, JsonDocument.Parse(naming.Body).RootElement.GetProperty("detail").GetString()));
    }

    /// <summary>The text as sent, or as JSON escapes it (the gateway writes non-ASCII as \u escapes).</summary>
    private static bool Mentions(string body, string text) =>
        body.Contains(text, StringComparison.Ordinal) || body.Contains(JsonEncodedText.Encode(text).ToString(), StringComparison.Ordinal);

    /// <summary>A town next door with a grid of its own, and a case its operator reports there.</summary>
    private async Task<string> ReportInOtherTown()
    {
        using (var admin = gateway.Http(BoardGateway.Admin))
            (await admin.PutAsync($"/api/v1/grids/{OtherGrid}", BoardGateway.Json("""{"name":"邻镇网格","type":"Community"}"""))).EnsureSuccessStatusCode();
        using var other = gateway.Http(new Actor($"op-{OtherTown}", Role.Operator, OtherTown));
        var response = await other.PostAsync("/api/v1/incidents", BoardGateway.Json(
            $$"""{"source":"Hotline12345","category":"environment.rubbish","urgency":"Normal","title":"{{OtherTitle}}","gridCode":"{{OtherGrid}}"}"""));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private sealed record Received(string Url, int Status, string Body);

    /// <summary>Every HTTP response the page gets, with its body, and every WebSocket frame it receives.</summary>
    private sealed class Recording
    {
        public readonly ConcurrentQueue<Task<Received>> Responses = new();
        public readonly ConcurrentQueue<Received> Frames = new();

        public async Task<IReadOnlyList<Received>> All() => [.. await Task.WhenAll(Responses), .. Frames];
    }

    private static Recording Record(IPage page)
    {
        var recording = new Recording();
        page.Response += (_, response) => recording.Responses.Enqueue(Read(response));
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            recording.Frames.Enqueue(new(socket.Url, 101, frame.Text ?? System.Text.Encoding.UTF8.GetString(frame.Binary ?? [])));
        return recording;
    }

    private static async Task<Received> Read(IResponse response)
    {
        string body;
        try { body = await response.TextAsync(); }
        catch (PlaywrightException) { body = ""; }
        return new(response.Url, response.Status, body);
    }
}
