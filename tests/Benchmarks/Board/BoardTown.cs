using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GridActors.Benchmarks.Hosts;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Territory;

namespace GridActors.Benchmarks.Board;

/// <summary>The town the board benchmark watches: a 4 × 4 lattice of grid squares in one village,
/// and its cases reported over REST as a hotline system would, at points spread over the grids.</summary>
public sealed class BoardTown(HttpClient http, GatewayApi api)
{
    public const string Code = "320412101";
    public const int Side = 4;
    public const int Grids = Side * Side;

    private static readonly JsonSerializerOptions Wire = Configured();

    /// <summary>Imports the grids as the district's admin; answers the town operator's token.</summary>
    public async Task<string> Define()
    {
        var squares = Enumerable.Range(0, Grids).Select(n => Tiles.Square(n + 1, n % Side, n / Side)).ToArray();
        using var import = await Send(HttpMethod.Post, "/api/v1/territory/import", await api.Token("admin", GatewayApi.District),
            new StringContent(Tiles.Collection(squares), Encoding.UTF8, "application/geo+json"));
        if (!import.IsSuccessStatusCode) throw new InvalidOperationException($"territory import answered {(int)import.StatusCode}: {await import.Content.ReadAsStringAsync()}");
        return await api.Token("operator", Code);
    }

    /// <summary>Reports <paramref name="count"/> cases, <paramref name="concurrency"/> in flight, round the grids.</summary>
    public async Task Report(string token, int count, int concurrency)
    {
        var random = new Random(12);
        var bodies = Enumerable.Range(0, count).Select(n =>
        {
            var grid = n % Grids;
            var at = Tiles.At(grid % Side + random.NextDouble(), grid / Side + random.NextDouble());
            return JsonSerializer.Serialize(new
            {
                source = "Hotline12345", category = "environment.rubbish", urgency = "Normal",
                title = string.Create(CultureInfo.InvariantCulture, $"Board benchmark case {n}"),
                gridCode = $"{Tiles.Village}-{grid + 1:D2}",
                location = new { latitude = at.Latitude, longitude = at.Longitude },
            });
        }).ToArray();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (body, ct) =>
        {
            using var response = await http.Send(HttpMethod.Post, "/api/v1/incidents", token, body);
            if (response.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"a report answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        });
    }

    /// <summary>The town's open cases as the server holds them now.</summary>
    public async Task<IReadOnlyList<IncidentSummary>> Open(string token)
    {
        using var response = await Send(HttpMethod.Get, $"/api/v1/areas/{Code}/board", token, null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AreaBoard>(Wire))!.Open;
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new("Bearer", token);
        return http.SendAsync(request);
    }

    private static JsonSerializerOptions Configured()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        GridActors.Gateway.Hosting.Json.Configure(options);
        return options;
    }
}
