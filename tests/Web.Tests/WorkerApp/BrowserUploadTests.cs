using System.Net;
using System.Text.Json;
using GridActors.Access;
using GridActors.Attachments;
using GridActors.Tests.Territory;
using Microsoft.Playwright;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>Photos sent from the phone's browser as the app sends them (the bytes as the body, the
/// session's token): too large, not an image, another town's eyes, the same photo twice.</summary>
public class BrowserUploadTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    static readonly Actor OtherTownWorker = new("w-elsewhere", Role.Worker, "320412102001-01");

    [Fact]
    public async Task Too_large_is_413_a_script_named_photo_jpg_is_415_another_towns_worker_gets_404_and_the_same_photo_twice_is_stored_once()
    {
        var worker = BoardGateway.Workers[1];
        var id = await ReportAs(worker);
        var (context, page) = await Phone.Open(gateway, worker, Tiles.At(0.5, 0.5));
        await using var _ = context;
        var path = $"/api/v1/incidents/{id}/attachments";

        // JPEG's first bytes, then zeros to one byte over the limit: judged by size before anything else.
        Assert.Equal(413, (await Upload(page, path, $"(() => {{ const b = new Uint8Array({AttachmentKinds.MaxBytes + 1}); b.set([0xFF, 0xD8, 0xFF, 0xE0]); return new Blob([b], {{ type: 'image/jpeg' }}); }})()")).Status);
        // A shell script under a photo's name and type: the bytes say what it is.
        Assert.Equal(415, (await Upload(page, path, "new File(['#!/bin/sh\\nrm -rf /\\n'], 'photo.jpg', { type: 'image/jpeg' })")).Status);

        var photo = Convert.ToBase64String((await Phone.CameraPhoto(page, 64, 48)).Buffer!);
        var made = $"new Blob([Uint8Array.from(atob('{photo}'), c => c.charCodeAt(0))], {{ type: 'image/png' }})";
        var first = await Upload(page, path, made);
        var again = await Upload(page, path, made);
        Assert.Equal((201, 200), (first.Status, again.Status));
        using var firstAnswer = JsonDocument.Parse(first.Body);
        using var againAnswer = JsonDocument.Parse(again.Body);
        var url = firstAnswer.RootElement.GetProperty("url").GetString()!;
        Assert.Equal(url, againAnswer.RootElement.GetProperty("url").GetString());
        using var centre = gateway.Http(BoardGateway.Operator);
        using var view = JsonDocument.Parse(await centre.GetStringAsync($"/api/v1/incidents/{id}"));
        var stored = Assert.Single(view.RootElement.GetProperty("attachments").EnumerateArray());
        Assert.Equal(firstAnswer.RootElement.GetProperty("hash").GetString(), stored.GetProperty("hash").GetString());
        Assert.Equal(200, (await Fetch(page, url)).Status);

        var (otherContext, otherPage) = await gateway.SignedInPage(OtherTownWorker, phoneAt: Tiles.At(5, 5));
        await using var __ = otherContext;
        await otherPage.GotoAsync("/app");
        Assert.Equal(404, (await Fetch(otherPage, url)).Status);
    }

    async Task<string> ReportAs(Actor worker)
    {
        using var http = gateway.Http(worker);
        var at = Tiles.At(0.5, 0.5);
        var response = await http.PostAsync("/api/v1/incidents", BoardGateway.Json(JsonSerializer.Serialize(new
        {
            source = "Patrol", category = "environment.rubbish", urgency = "Normal", title = "桥下堆放建筑垃圾",
            location = new { latitude = at.Latitude, longitude = at.Longitude },
        })));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return view.RootElement.GetProperty("id").GetString()!;
    }

    sealed class Answer
    {
        public int Status { get; set; }
        public string Body { get; set; } = "";
    }

    /// <summary>POSTs the blob the expression makes, as the app's outbox does, with the page's session.</summary>
    static async Task<Answer> Upload(IPage page, string path, string blob) =>
        await page.EvaluateAsync<Answer>($$"""
            async () => {
              const token = JSON.parse(sessionStorage.getItem("gridactors.session")).accessToken;
              const response = await fetch("{{path}}", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: {{blob}} });
              return { status: response.status, body: await response.text() };
            }
            """);

    static async Task<Answer> Fetch(IPage page, string url) =>
        await page.EvaluateAsync<Answer>($$"""
            async () => {
              const token = JSON.parse(sessionStorage.getItem("gridactors.session")).accessToken;
              const response = await fetch("{{url}}", { headers: { authorization: `Bearer ${token}` } });
              return { status: response.status, body: response.ok ? "" : await response.text() };
            }
            """);
}
