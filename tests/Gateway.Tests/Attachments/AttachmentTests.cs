using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Incidents;
using GridActors.Tests.Api;
using Microsoft.Data.Sqlite;

namespace GridActors.Tests.Attachments;

/// <summary>Photos on cases over real HTTP on Kestrel: judged by their bytes, at most 10 MB, stored
/// once per SHA-256 in the database, recorded on the case, and served only to its readers.</summary>
public sealed class AttachmentTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    const int TenMegabytes = 10 * 1024 * 1024;

    /// <summary>A PNG's signature and a little after it: the bytes, not a decoder, decide.</summary>
    static byte[] Png(byte salt) => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, salt];

    static byte[] Jpeg(int length)
    {
        var bytes = new byte[length];
        bytes[0] = 0xFF; bytes[1] = 0xD8; bytes[2] = 0xFF; bytes[3] = 0xE0;
        return bytes;
    }

    static byte[] WebP() => [.. "RIFF"u8, 4, 0, 0, 0, .. "WEBPVP8 "u8];

    static ByteArrayContent Body(byte[] bytes, string contentType = "image/jpeg")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    static async Task<HttpResponseMessage> Upload(HttpClient http, string id, byte[] bytes, string? key = null, string contentType = "image/jpeg")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{id}/attachments") { Content = Body(bytes, contentType) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(request);
    }

    async Task<long> StoredCopies(string hash)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = gateway.DatabaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM attachments WHERE hash = @hash";
        command.Parameters.AddWithValue("hash", hash);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    [Fact]
    public async Task A_photo_is_stored_once_recorded_on_the_case_and_served_privately_to_its_readers_only()
    {
        var town = await Town.Create(gateway);
        var other = await Town.Create(gateway);
        var id = await town.Dispatched();
        using var handler = gateway.As(town.Handler);
        var photo = Png(1);

        var first = await Upload(handler, id, photo, key: "photo-1", contentType: "application/octet-stream");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var answer = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        var url = $"/api/v1/incidents/{id}/attachments/{Sha256(photo)}";
        Assert.Equal((Sha256(photo), "image/png", 13L, url), ((string)answer["hash"]!, (string)answer["mediaType"]!, (long)answer["size"]!, (string)answer["url"]!));
        Assert.Equal(url, first.Headers.Location!.OriginalString);

        // The same photo again, under another key and by another reader: one copy, one event.
        var again = await Upload(gateway.As(town.Operator), id, photo, key: "photo-again");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var retry = await Upload(handler, id, photo, key: "photo-1");
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(1, await StoredCopies(Sha256(photo)));
        var view = (await gateway.As(town.Operator).GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!;
        Assert.Equal([EventKind.Attached], view.History.Where(e => e.Kind == EventKind.Attached).Select(e => e.Kind));
        Assert.Equal(Sha256(photo), Assert.Single(view.Attachments!).Hash);

        var served = await gateway.As(town.Operator).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        var cache = served.Headers.CacheControl!;
        Assert.Equal((true, false, TimeSpan.FromDays(365)), (cache.Private, cache.Public, cache.MaxAge));
        Assert.Equal(photo, await served.Content.ReadAsByteArrayAsync());

        // Another town's worker hears what a missing case answers, for the photo and the upload alike.
        using var stranger = gateway.As(other.Reporter);
        var hidden = await stranger.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(stranger, id, Png(2))).StatusCode);
        Assert.Equal(0, await StoredCopies(Sha256(Png(2))));
    }

    [Fact]
    public async Task Ten_megabytes_are_taken_and_one_byte_more_is_413()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        using var handler = gateway.As(town.Handler);

        var tooLarge = await Upload(handler, id, Jpeg(TenMegabytes + 1));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        var problem = (await tooLarge.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["errors"]!["body"]);
        Assert.Equal(0, await StoredCopies(Sha256(Jpeg(TenMegabytes + 1))));

        var largest = await Upload(handler, id, Jpeg(TenMegabytes));
        Assert.Equal(HttpStatusCode.Created, largest.StatusCode);
        Assert.Equal(1, await StoredCopies(Sha256(Jpeg(TenMegabytes))));
    }

    [Fact]
    public async Task A_script_named_photo_jpg_is_415_and_a_webp_is_taken_whatever_it_is_called()
    {
        var town = await Town.Create(gateway);
        var id = await town.Reported();
        using var reporter = gateway.As(town.Reporter);
        var script = "#!/bin/sh\nrm -rf /\n"u8.ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{id}/attachments") { Content = Body(script) };
        request.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "photo.jpg" };

        var refused = await reporter.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["body"]);
        Assert.Equal(0, await StoredCopies(Sha256(script)));

        // The reporter attaches to their own report: a photo sent after the report it belongs to.
        var webp = await Upload(reporter, id, WebP(), contentType: "text/plain");
        Assert.True(webp.StatusCode == HttpStatusCode.Created, await webp.Content.ReadAsStringAsync());
        Assert.Equal("image/webp", (string)(await webp.Content.ReadFromJsonAsync<JsonObject>())!["mediaType"]!);
    }

    [Fact]
    public async Task A_key_that_made_the_report_is_refused_for_a_photo_of_it()
    {
        var town = await Town.Create(gateway);
        using var reporter = gateway.As(town.Reporter);
        using var report = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = JsonContent.Create(town.AReport(), options: Wire.Options) };
        report.Headers.Add("Idempotency-Key", "report-1");
        var id = (await (await reporter.SendAsync(report)).Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id;

        var reused = await Upload(reporter, id, Png(3), key: "report-1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains("'report-1' was already used for another command", (string)(await reused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!);
        Assert.Null((await reporter.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!.Attachments);
        Assert.Equal(0, await StoredCopies(Sha256(Png(3))));
    }

    [Fact]
    public async Task A_reader_who_may_not_attach_is_refused_before_the_photo_is_stored()
    {
        var town = await Town.Create(gateway);
        var id = await town.Reported();
        await town.Do(id, "reject", town.Operator, new { reason = "not ours" });
        using var reporter = gateway.As(town.Reporter);

        var refused = await Upload(reporter, id, Png(4));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(0, await StoredCopies(Sha256(Png(4))));
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_parameter()
    {
        var town = await Town.Create(gateway);
        var id = await town.Reported();
        using var reporter = gateway.As(town.Reporter);

        var badHash = await reporter.GetAsync($"/api/v1/incidents/{id}/attachments/not-a-hash");
        Assert.Equal(HttpStatusCode.BadRequest, badHash.StatusCode);
        Assert.NotNull((await badHash.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["hash"]);
        var notAttached = await reporter.GetAsync($"/api/v1/incidents/{id}/attachments/{Sha256(Png(9))}");
        Assert.Equal(HttpStatusCode.NotFound, notAttached.StatusCode);
    }
}
