using System.Net;
using Xunit.Abstractions;

namespace GridActors.Tests.Process;

/// <summary>The production shape observed: a Gateway process that is only an Orleans client serves
/// the Orleans dashboard of the Silo process it talks to, and the silo's JSON log lines written while
/// a case is handled carry its CaseId.</summary>
[Collection(Processes.Collection)]
public sealed class RemoteObservability(PostgreSqlDatabase database, ITestOutputHelper log) : IClassFixture<PostgreSqlDatabase>, IAsyncLifetime
{
    private static readonly string Id = $"ob-{Guid.NewGuid():N}"[..11];
    private readonly Uri address = new($"http://127.0.0.1:{FreePort.Next()}");
    private AppProcess silo = null!;
    private AppProcess gateway = null!;

    public async Task InitializeAsync()
    {
        var cluster = new Dictionary<string, string>
        {
            ["GridActors__Storage__Backend"] = "PostgreSql",
            ["GridActors__Storage__ConnectionString"] = database.ConnectionString,
            ["GridActors__Silo__ClusterId"] = Id,
            ["GridActors__Silo__ServiceId"] = Id,
            ["GridActors__Silo__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GridActors__Silo__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        silo = await AppProcess.StartAsync("silo", Programs.Silo, new Dictionary<string, string>(cluster)
        {
            ["Logging__LogLevel__GridActors.Incidents"] = "Debug",
        });
        gateway = await AppProcess.StartAsync("gateway", Programs.Gateway, new Dictionary<string, string>(cluster)
        {
            ["GridActors__Gateway__Silo"] = "Remote",
            ["ASPNETCORE_URLS"] = address.ToString(),
            // Only to get tokens; production takes them from the organisation.
            ["GridActors__Auth__Development"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { gateway, silo })
        {
            if (app is null) continue;
            log.WriteLine($"--- {app.Name} ---\n{app.Tail(40)}");
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_client_gateway_serves_the_cluster_s_dashboard_and_the_silo_logs_the_case_id()
    {
        using var api = new GatewayApi(address);
        var platform = await api.TokenAsync(new { role = "platformAdmin" });
        var @operator = await api.TokenAsync(new { role = "operator", areaCode = "320412101" });
        var admin = await api.TokenAsync(new { role = "admin", areaCode = "320412" });

        var stats = GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, "/admin/orleans/ClusterStats", platform));
        Assert.NotNull(stats);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.SendAsync(HttpMethod.Get, "/admin/orleans/ClusterStats", @operator)).Status);

        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, "/api/v1/grids/320412101001-01", admin,
            new { name = "Canal", type = "Community" }));
        var report = GatewayApi.Expect(HttpStatusCode.Created, await api.SendAsync(HttpMethod.Post, "/api/v1/incidents", @operator,
            new { source = "Hotline12345", category = "environment.rubbish", urgency = "Normal", title = "观测", gridCode = "320412101001-01" }));
        var id = report["id"]!.GetValue<string>();
        var line = await silo.LineAsync($"Case {id}: Report by", TimeSpan.FromSeconds(15));
        Assert.Contains($"\"CaseId\":\"{id}\"", line, StringComparison.Ordinal);
    }
}
