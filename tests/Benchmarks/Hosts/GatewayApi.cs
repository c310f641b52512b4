using System.Net.Http.Json;
using System.Text.Json;

namespace GridActors.Benchmarks.Hosts;

/// <summary>The few calls the benchmark makes, over the gateway's public HTTP API only.</summary>
public sealed class GatewayApi(HttpClient http)
{
    public const string District = "320412";
    /// <summary>The grid with the worker, the first of <see cref="BenchDistrict"/>'s.</summary>
    public const string Grid = "320412101001-01";
    public const string Worker = "w-1";

    /// <summary>The report body every benchmark sends; only its title and grid change.</summary>
    public static string ReportJson(string title, string gridCode = Grid) => JsonSerializer.Serialize(new
    {
        source = "Hotline12345",
        category = "environment.rubbish",
        urgency = "Normal",
        title,
        gridCode,
    });

    public async Task<string> Token(string role, string areaCode, string? workerId = null)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/dev/tokens", new { role, areaCode, workerId });
        await Ensure(response);
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>(JsonSerializerOptions.Web))!.AccessToken;
    }

    /// <summary>The grid and its worker, defined by an admin as the product expects them to be.</summary>
    public async Task DefineTerritory(string adminToken)
    {
        await DefineGrid(adminToken, Grid);
        await Register(adminToken, Worker, Grid);
    }

    /// <summary>A full-time worker of <paramref name="grid"/>, registered by an admin.</summary>
    public async Task Register(string adminToken, string worker, string grid)
    {
        using var answer = await Send(HttpMethod.Put, $"/api/v1/workers/{worker}", adminToken,
            JsonSerializer.Serialize(new { name = "Bench worker", kind = "FullTime", grids = new[] { grid } }));
        await Ensure(answer);
    }

    /// <summary>Every grid of <see cref="BenchDistrict"/>, a few at a time, and the worker of <see cref="Grid"/>.</summary>
    public async Task DefineDistrict(string adminToken)
    {
        await Parallel.ForEachAsync(BenchDistrict.Grids, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (code, _) => await DefineGrid(adminToken, code));
        await DefineTerritory(adminToken);
    }

    private async Task DefineGrid(string adminToken, string code)
    {
        using var grid = await Send(HttpMethod.Put, $"/api/v1/grids/{code}", adminToken,
            JsonSerializer.Serialize(new { name = $"Bench grid {code}", type = "Community" }));
        await Ensure(grid);
    }

    public Task<HttpResponseMessage> Report(string token, string json) => Send(HttpMethod.Post, "/api/v1/incidents", token, json);

    public Task<HttpResponseMessage> File(string token, string id) => Send(HttpMethod.Post, $"/api/v1/incidents/{id}/file", token, "{}");

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, string json) => http.Send(method, path, token, json);

    private static async Task Ensure(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private sealed record TokenAnswer(string AccessToken);
}
