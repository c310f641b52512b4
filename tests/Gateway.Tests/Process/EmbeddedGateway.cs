using Xunit.Abstractions;

namespace GridActors.Tests.Process;

/// <summary>The embedded default: one Gateway process co-hosts the silo and keeps the grains in a
/// SQLite file. Killing it takes everything down; it starts again on the same file and ports.</summary>
[Collection(Processes.Collection)]
public sealed class EmbeddedGateway : KilledGrainHostContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gridactors-gw-").FullName;
    private readonly Uri address = new($"http://127.0.0.1:{FreePort.Next()}");
    private readonly Dictionary<string, string> environment;
    private AppProcess? gateway;

    /// <summary>No Backend and no Auth settings: the defaults are the embedded shape, whose
    /// development token issuer is on (the test uses it only to get tokens).</summary>
    public EmbeddedGateway(ITestOutputHelper log) : base(log) => environment = new()
    {
        ["GridActors__Storage__DatabasePath"] = Path.Combine(folder, "gridactors.db"),
        ["GridActors__Silo__SiloPort"] = FreePort.Next().ToString(),
        ["GridActors__Silo__GatewayPort"] = FreePort.Next().ToString(),
        // The demo district would take the towns the test's own grid lives in.
        ["GridActors__Demo__Seed"] = "false",
        ["ASPNETCORE_URLS"] = address.ToString(),
    };

    protected override async Task<Uri> StartAsync()
    {
        gateway = await LaunchAsync("gateway", Programs.Gateway, environment);
        return address;
    }

    protected override async Task KillAndRestartGrainHostAsync()
    {
        await gateway!.KillAsync();
        gateway = await LaunchAsync("restarted gateway", Programs.Gateway, environment);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
