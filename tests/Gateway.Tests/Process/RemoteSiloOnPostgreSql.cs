using Xunit.Abstractions;

namespace GridActors.Tests.Process;

/// <summary>The production shape: a Silo process holds the grains on PostgreSQL, and a Gateway
/// process is only an Orleans client of it, finding it through the membership table. Killing the
/// silo leaves the gateway running; it has to find the restarted silo by itself.</summary>
[Collection(Processes.Collection)]
public sealed class RemoteSiloOnPostgreSql(PostgreSqlDatabase database, ITestOutputHelper log)
    : KilledGrainHostContract(log), IClassFixture<PostgreSqlDatabase>
{
    /// <summary>A cluster of this test's own: no stray silo of another run joins it.</summary>
    private static readonly string Id = $"gw-{Guid.NewGuid():N}"[..11];

    private readonly Dictionary<string, string> cluster = new()
    {
        ["GridActors__Storage__Backend"] = "PostgreSql",
        ["GridActors__Storage__ConnectionString"] = database.ConnectionString,
        ["GridActors__Silo__ClusterId"] = Id,
        ["GridActors__Silo__ServiceId"] = Id,
        ["GridActors__Silo__SiloPort"] = FreePort.Next().ToString(),
        ["GridActors__Silo__GatewayPort"] = FreePort.Next().ToString(),
    };

    private AppProcess? silo;

    protected override async Task<Uri> StartAsync()
    {
        // The gateway first: its Orleans client keeps trying until the silo answers.
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var gateway = Keep(AppProcess.Begin("gateway", Programs.Gateway, new Dictionary<string, string>(cluster)
        {
            ["GridActors__Gateway__Silo"] = "Remote",
            ["ASPNETCORE_URLS"] = address.ToString(),
            // Production turns the development token issuer off (it is off by default on PostgreSQL);
            // the test turns it on only to get tokens.
            ["GridActors__Auth__Development"] = "true",
        }));
        await gateway.LineAsync("The cluster did not answer yet", TimeSpan.FromSeconds(45));
        silo = await LaunchAsync("silo", Programs.Silo, cluster);
        await gateway.StartedAsync();
        return address;
    }

    protected override async Task KillAndRestartGrainHostAsync()
    {
        await silo!.KillAsync();
        silo = await LaunchAsync("restarted silo", Programs.Silo, cluster);
    }
}
