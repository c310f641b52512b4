using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Registers;

namespace GridActors.Tests.Api;

/// <summary>A gateway of its own: a hostile input that happens to be valid may replace what it is sent to.</summary>
public sealed class HostileInputGatewayFactory : GatewayFactory;

/// <summary>Whatever a client sends, in whatever encoding, it is answered with a 4xx, never a 5xx:
/// every operation the OpenAPI document lists gets every odd content type, charset, byte-order mark
/// and malformed body, as an admin, with real path parameters and the resource's own ETag.</summary>
public class HostileInputTests(HostileInputGatewayFactory gateway) : IClassFixture<HostileInputGatewayFactory>
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The platform-wide documents are the platform admin's to change, so their hostile
    /// inputs are sent by one and reach the document reader rather than stopping at the role check.</summary>
    private static readonly GridActors.Access.Actor PlatformAdmin = new("platform-admin", GridActors.Access.Role.PlatformAdmin, "platform");

    private static bool PlatformWide(string path) => path is "/api/v1/categories" or "/api/v1/calendar";

    /// <summary>A hostile input: what it is, its Content-Type header (sent as is) and its body, given
    /// the operation's plausible body (the resource as GET answers it, else <c>{}</c>).</summary>
    private sealed record Input(string Name, string? ContentType, Func<byte[], byte[]> Body);

    private static readonly Input[] Inputs =
    [
        new("charset=utf-7", "application/json; charset=utf-7", body => body),
        new("an unknown charset", "application/json; charset=klingon", body => body),
        new("charset=utf-16 with a UTF-16 body", "application/json; charset=utf-16", body => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(body))),
        new("charset=iso-8859-1", "application/json; charset=iso-8859-1", body => body),
        new("a quoted, upper-case UTF-8 charset", "application/json; charset=\"UTF-8\"", body => body),
        new("a UTF-8 byte-order mark", "application/json", body => [.. Utf8Bom, .. body]),
        new("a UTF-8 byte-order mark, as GeoJSON", "application/geo+json", body => [.. Utf8Bom, .. body]),
        new("a UTF-16 byte-order mark and body", "application/json", body => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(body))]),
        new("bytes that are not UTF-8", "application/json", _ => [.. "{\"title\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]),
        new("text/plain", "text/plain", body => body),
        new("application/xml", "application/xml", _ => "<incident/>"u8.ToArray()),
        new("multipart/form-data", "multipart/form-data; boundary=x", _ => "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"u8.ToArray()),
        new("a form", "application/x-www-form-urlencoded", _ => "a=1&b=2"u8.ToArray()),
        new("a malformed Content-Type", "application/json; charset", body => body),
        new("no Content-Type", null, body => body),
        new("an empty body", "application/json", _ => []),
        new("invalid JSON", "application/json", _ => "{not json"u8.ToArray()),
        new("huge numbers", "application/json", _ => """{"latitude":1e999,"longitude":-1e999,"cadence":123456789012345678901234567890,"visitEveryDays":99999999999999999999,"version":1e400}"""u8.ToArray()),
        new("a huge number as the body", "application/json", _ => "123456789012345678901234567890e99999"u8.ToArray()),
        new("an array", "application/json", _ => "[]"u8.ToArray()),
        new("a string", "application/json", _ => "\"text\""u8.ToArray()),
        new("null", "application/json", _ => "null"u8.ToArray()),
        new("objects where text is expected", "application/json", _ => """{"title":{},"category":[],"name":{},"duty":{},"into":[],"type":1}"""u8.ToArray()),
        new("deep nesting", "application/json", _ => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000))),
    ];

    [Fact]
    public async Task Every_operation_answers_every_hostile_input_with_a_4xx_never_a_5xx()
    {
        var town = await Town.Create(gateway);
        var values = await PathValues(town);
        using var admin = gateway.As(town.Admin);
        using var platformAdmin = gateway.As(PlatformAdmin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => (Method: method.Key.ToUpperInvariant(), Template: path.Key)))
            .ToList();
        Assert.True(operations.Count >= 30, $"the document lists only {operations.Count} operations");

        var failures = new List<string>();
        foreach (var (method, template) in operations)
        {
            var path = Fill(template, values);
            var caller = PlatformWide(path) ? platformAdmin : admin;
            var (plausible, tag) = await Current(caller, path);
            foreach (var input in Inputs)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(input.Body(plausible)) };
                if (input.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
                if (tag is not null) request.Headers.TryAddWithoutValidation("If-Match", tag);
                using var response = await caller.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{method} {template} with {input.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answer(s) of 5xx:\n{string.Join('\n', failures)}");
    }

    [Theory]
    [InlineData("utf-16", "/api/v1/incidents")]
    [InlineData("utf-7", "/api/v1/incidents")]
    [InlineData("gb2312", "/api/v1/territory/import")]
    [InlineData("klingon", "/api/v1/calendar")]
    public async Task A_body_in_another_charset_is_refused_with_415_naming_it(string charset, string path)
    {
        var town = await Town.Create(gateway);
        using var admin = gateway.As(PlatformWide(path) ? PlatformAdmin : town.Admin);
        var method = PlatformWide(path) ? HttpMethod.Put : HttpMethod.Post;
        var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent("{}"u8.ToArray()) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal($"charset '{charset}' is not accepted; send the body in UTF-8", problem["errors"]!["Content-Type"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/calendar")]
    [InlineData("/api/v1/categories")]
    public async Task A_document_saved_with_a_byte_order_mark_is_taken_as_without(string path)
    {
        using var admin = gateway.As(PlatformAdmin);
        var read = await admin.GetAsync(path);
        var document = await read.Content.ReadAsByteArrayAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new ByteArrayContent([.. Utf8Bom, .. document]) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.IfMatch.Add(read.Headers.ETag!);

        var response = await admin.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(Encoding.UTF8.GetString(document), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_UTF_8_is_a_problem_naming_the_body()
    {
        var town = await Town.Create(gateway);
        using var admin = gateway.As(town.Admin);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/territory/import?dryRun=true")
        {
            Content = new ByteArrayContent([.. """{"type":"FeatureCollection","name":" """u8, 0xB9, 0xFA, .. "\",\"features\":[]}"u8]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/geo+json");

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the file is not valid UTF-8", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["body"]![0]!.GetValue<string>());
    }

    /// <summary>Real values for every route parameter: the town's grid, its handling worker, a
    /// dispatched case with a photo, a register entry, a patrol, an operator's account and an alert id of the grid's shape.</summary>
    private async Task<IReadOnlyDictionary<string, string>> PathValues(Town town)
    {
        var incident = await town.Dispatched();
        using var worker = gateway.As(town.Handler);
        var added = await worker.PostAsJsonAsync($"/api/v1/grids/{town.Grid}/registers",
            new RegisterEntryInput(RegisterKind.VulnerablePerson, "王阿婆", "运河路 12 号", 7, "lives alone"), Wire.Options);
        var entry = (await added.Content.ReadFromJsonAsync<RegisterEntry>(Wire.Options))!;
        var photo = (await (await worker.PostAsync($"/api/v1/incidents/{incident}/attachments", new ByteArrayContent([0x89, .. "PNG\r\n\u001a\n"u8, 1])))
            .Content.ReadFromJsonAsync<GridActors.Attachments.AttachmentRef>(Wire.Options))!;
        var patrol = (await (await worker.PostAsync($"/api/v1/grids/{town.Grid}/patrols", null)).Content.ReadFromJsonAsync<GridActors.Patrols.PatrolView>(Wire.Options))!;
        using var admin = gateway.As(town.Admin);
        var login = $"op-hostile-{town.Code}";
        (await admin.PostAsJsonAsync("/api/v1/accounts", new { login, displayName = "值班员", role = "Operator", scope = town.Code, password = "a-long-enough-password" })).EnsureSuccessStatusCode();
        return new Dictionary<string, string>
        {
            ["login"] = login,
            ["code"] = town.Grid,
            ["incidentId"] = incident,
            ["entryId"] = entry.Id,
            ["alertId"] = $"{town.Grid}:patrol:1764464400",
            ["/api/v1/workers/{id}"] = town.Handler.Id,
            ["/api/v1/patrols/{id}"] = patrol.Id,
            ["hash"] = photo.Hash,
            ["version"] = "1",
            ["{id}"] = incident,
        };
    }

    /// <summary>A template with its parameters filled; a parameter without a value fails the test, so
    /// a new route is not skipped silently.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var path = template
            .Replace("{code}", values["code"])
            .Replace("{incidentId}", values["incidentId"])
            .Replace("{entryId}", values["entryId"])
            .Replace("{login}", values["login"])
            .Replace("{alertId}", values["alertId"])
            .Replace("{hash}", values["hash"])
            .Replace("{version}", values["version"])
            .Replace("{id}", template.StartsWith("/api/v1/workers/{id}", StringComparison.Ordinal) ? values["/api/v1/workers/{id}"]
                : template.StartsWith("/api/v1/patrols/{id}", StringComparison.Ordinal) ? values["/api/v1/patrols/{id}"] : values["{id}"]);
        Assert.False(path.Contains('{'), $"no plausible value for a parameter of {template}");
        return path;
    }

    /// <summary>The resource as GET answers it (a plausible body to mangle) and its ETag (so a
    /// request that checks If-Match gets as far as reading the body).</summary>
    private static async Task<(byte[] Body, string? Tag)> Current(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json"
            ? (body, response.Headers.ETag?.ToString())
            : ("{}"u8.ToArray(), null);
    }
}
