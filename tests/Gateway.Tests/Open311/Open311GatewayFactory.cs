using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Territory;
using GridActors.Tests.Pages;
using GridActors.Workers;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Open311;

/// <summary>A gateway of its own on a real Kestrel socket, reached by a plain HttpClient and real SignalR
/// clients. District 320412 (the development hotline key's) has two imported grids of 0.001° side by side,
/// grid 01 with a worker on duty; district 320499 has a grid too, so the endpoint serves two
/// jurisdictions and <c>jurisdiction_id</c> is required.</summary>
public sealed class Open311GatewayFactory : KestrelGatewayFactory
{
    public const string District = "320412";
    public const string OtherDistrict = "320499";
    public const string Key = AuthSettings.DevelopmentApiKey;
    public static readonly string Grid = $"{Village}-01";
    public static readonly string OtherGrid = $"{Village}-02";
    public static readonly Actor Admin = new("admin", Role.Admin, District);
    public static readonly Actor Operator = new("op-320412101", Role.Operator, "320412101");
    public static readonly Actor Handler = new("w-open311", Role.Worker, Grid);

    /// <summary>A point inside grid 01, and one inside grid 02.</summary>
    public static readonly GeoPoint InGrid = At(0.5, 0.5);
    public static readonly GeoPoint InOtherGrid = At(1.5, 0.5);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var admin = As(Admin);
        var imported = await admin.PostAsync("/api/v1/territory/import",
            new StringContent(Collection(Square(1, 0, 0), Square(2, 1, 0)), Encoding.UTF8, "application/geo+json"));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        (await admin.PutAsJsonAsync($"/api/v1/workers/{Handler.Id}", new WorkerProfile(Handler.Id, WorkerKind.FullTime, [Grid]), Api.Wire.Options)).EnsureSuccessStatusCode();
        using var handler = As(Handler);
        (await handler.PutAsJsonAsync($"/api/v1/workers/{Handler.Id}/duty", new { duty = "OnDuty" }, Api.Wire.Options)).EnsureSuccessStatusCode();
        using var otherAdmin = As(new Actor("admin", Role.Admin, OtherDistrict));
        (await otherAdmin.PutAsJsonAsync($"/api/v1/grids/{OtherDistrict}101001-01", new GridDefinition("另一区的网格", GridType.Community), Api.Wire.Options)).EnsureSuccessStatusCode();
    }

    /// <summary>A plain client on the socket, carrying a bearer token when given an actor.</summary>
    public HttpClient Http(Actor? actor = null)
    {
        var http = new HttpClient { BaseAddress = Address };
        if (actor is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(actor));
        return http;
    }

    /// <summary>A board client over a real WebSocket on the socket; not started.</summary>
    public HubConnection Board(Actor actor) => new HubConnectionBuilder()
        .WithUrl(new Uri(Address, "/hubs/board"), o =>
        {
            o.SkipNegotiation = true;
            o.Transports = HttpTransportType.WebSockets;
            o.AccessTokenProvider = () => Task.FromResult<string?>(TokenFor(actor));
        })
        .AddJsonProtocol(o => GridActors.Gateway.Hosting.Json.Configure(o.PayloadSerializerOptions))
        .Build();

    public async Task<(int Status, XDocument Body)> GetXml(string path)
    {
        using var http = Http();
        var response = await http.GetAsync(path);
        Assert.Equal("text/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        // The spec asks for the declaration with its encoding before the root.
        Assert.Equal(("1.0", "utf-8"), (document.Declaration?.Version, document.Declaration?.Encoding));
        return ((int)response.StatusCode, document);
    }

    public async Task<(int Status, JsonNode Body)> GetJson(string path)
    {
        using var http = Http();
        var response = await http.GetAsync(path);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>POSTs the fields form-encoded, as Open311 clients do.</summary>
    public async Task<HttpResponseMessage> PostForm(string path, IEnumerable<KeyValuePair<string, string>> fields, string? idempotencyKey = null, string? apiKeyHeader = null)
    {
        using var http = Http();
        if (apiKeyHeader is not null) http.DefaultRequestHeaders.Add(ApiKeyHandler.Header, apiKeyHeader);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await http.SendAsync(request);
    }

    /// <summary>A report of exposed rubbish inside grid 01 by the hotline's key, with an urgency.</summary>
    public static List<KeyValuePair<string, string>> Rubbish(string description = "河边堆了垃圾\nSeen from the bridge") =>
    [
        new("api_key", Key),
        new("jurisdiction_id", District),
        new("service_code", "environment.rubbish"),
        new("lat", InGrid.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        new("long", InGrid.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        new("address_string", "运河路 12 号"),
        new("description", description),
        new("media_url", "https://photos.example/rubbish.jpg"),
        new("attribute[urgency]", "Urgent"),
    ];

    /// <summary>Posts a report and returns its service_request_id and token from the XML answer.</summary>
    public async Task<(string Id, string Token)> Reported(List<KeyValuePair<string, string>>? fields = null, string? idempotencyKey = null, string? apiKeyHeader = null)
    {
        var response = await PostForm("/open311/v2/requests.xml", fields ?? Rubbish(), idempotencyKey, apiKeyHeader);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var request = XDocument.Parse(body).Root!.Element("request")!;
        return ((string)request.Element("service_request_id")!, (string)request.Element("token")!);
    }
}

[CollectionDefinition(Name)]
public sealed class Open311Collection : ICollectionFixture<Open311GatewayFactory>
{
    public const string Name = "open311";
}
