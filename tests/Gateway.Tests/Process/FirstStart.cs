using System.Net;
using System.Text.RegularExpressions;

namespace GridActors.Tests.Process;

/// <summary>The embedded default as a new user starts it: one line says it is ready and where to
/// go, and starting it again on the same data folder is quiet.</summary>
[Collection(Processes.Collection)]
public sealed partial class FirstStart : IAsyncLifetime
{
    private const int MostWarnings = 5;

    private readonly string folder = Directory.CreateTempSubdirectory("gridactors-first-").FullName;
    private readonly int port = FreePort.Next();
    private readonly Dictionary<string, string> environment;
    private AppProcess? gateway;

    public FirstStart() => environment = new()
    {
        ["GridActors__Storage__DatabasePath"] = Path.Combine(folder, "data", "gridactors.db"),
        ["GridActors__Silo__SiloPort"] = FreePort.Next().ToString(),
        ["GridActors__Silo__GatewayPort"] = FreePort.Next().ToString(),
        // The demo district takes half a minute to seed on this machine; the test's own grid is enough.
        ["GridActors__Demo__Seed"] = "false",
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
    };

    [GeneratedRegex("\"LogLevel\":\"(Warning|Error|Critical)\"")]
    private static partial Regex WarningOrWorse();

    [Fact]
    public async Task A_fresh_start_says_where_to_go_and_a_restart_on_the_same_data_is_quiet()
    {
        gateway = await AppProcess.StartAsync("gateway", Programs.Gateway, environment);
        var ready = await gateway.LineAsync(GridActors.Gateway.Hosting.ReadyLine.Start, TimeSpan.FromSeconds(10));
        Assert.Contains($"open http://127.0.0.1:{port}/ for the board, http://127.0.0.1:{port}/api for the API reference (OpenAPI document at /openapi/v1.json)", ready);
        Assert.Contains($"data in {Path.Combine(folder, "data", "gridactors.db")}", ready);
        Assert.Contains("development tokens from POST /api/v1/dev/tokens", ready);

        using var api = new GatewayApi(new Uri($"http://127.0.0.1:{port}"));
        var @operator = await Setup(api);
        await Report(api, @operator, "before");
        await gateway.DisposeAsync();

        gateway = await AppProcess.StartAsync("restarted gateway", Programs.Gateway, environment);
        await gateway.LineAsync(GridActors.Gateway.Hosting.ReadyLine.Start, TimeSpan.FromSeconds(10));
        // Every report publishes to the gateways in the live directory, the killed one included
        // until the directory lets it go: each push to it would be a run of warnings.
        await Report(api, @operator, "after");
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, "/api/v1/areas/320412101/board", @operator));

        Assert.Single(gateway.Lines(), l => l.Contains(GridActors.Gateway.Hosting.ReadyLine.Start, StringComparison.Ordinal));
        var warnings = gateway.Lines().Where(l => WarningOrWorse().IsMatch(l)).ToList();
        Assert.True(warnings.Count <= MostWarnings, $"{warnings.Count} warning lines after the restart:\n{string.Join('\n', warnings.Take(20))}");
    }

    /// <summary>A grid with a worker on duty, so a report is filed and offered: changes to push.</summary>
    private static async Task<string> Setup(GatewayApi api)
    {
        const string grid = "320412101001-01";
        var admin = await api.TokenAsync(new { role = "admin", areaCode = "320412" });
        var worker = await api.TokenAsync(new { role = "worker", workerId = "w-1", areaCode = grid });
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, $"/api/v1/grids/{grid}", admin, new { name = "Canal", type = "Community" }));
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, "/api/v1/workers/w-1", admin, new { name = "Li Wei", kind = "FullTime", grids = new[] { grid } }));
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, "/api/v1/workers/w-1/duty", worker, new { duty = "OnDuty" }));
        return await api.TokenAsync(new { role = "operator", areaCode = "320412101" });
    }

    private static async Task Report(GatewayApi api, string @operator, string batch)
    {
        for (var i = 0; i < 10; i++)
        {
            var report = GatewayApi.Expect(HttpStatusCode.Created, await api.SendAsync(HttpMethod.Post, "/api/v1/incidents", @operator,
                new { source = "Hotline12345", category = "environment.rubbish", urgency = "Normal", title = $"Rubbish {batch} {i}", gridCode = "320412101001-01" }));
            GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Post, $"/api/v1/incidents/{report["id"]!.GetValue<string>()}/file", @operator, new { }));
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (gateway is not null) await gateway.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
