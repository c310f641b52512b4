using System.Diagnostics;

namespace GridActors.Tests.Process.Cluster;

/// <summary>Silos and remote gateways on one PostgreSQL database, each process started with the
/// environment <c>deploy/cluster.sh env</c> gives it, so the script and the tests share one source of
/// ports and settings. A test kills and restarts single processes, which the script does not.</summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly Dictionary<string, string> script;
    private readonly AppProcess?[] silos;
    private readonly AppProcess?[] gateways;
    private readonly List<AppProcess> started = [];
    private readonly IReadOnlyDictionary<string, string> siloSettings;

    private LocalCluster(int silos, int gateways, string database, IReadOnlyDictionary<string, string> siloSettings)
    {
        this.siloSettings = siloSettings;
        var id = $"fault-{Guid.NewGuid():N}"[..14];
        script = new()
        {
            ["GRIDACTORS_CLUSTER_DATABASE"] = database,
            ["GRIDACTORS_CLUSTER_PORT"] = FreePort.Consecutive(2 * silos).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GRIDACTORS_CLUSTER_HTTP_PORT"] = FreePort.Consecutive(gateways).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GRIDACTORS_CLUSTER_ID"] = id,
            // The tests define the grids they need; the demo would take half a minute to seed.
            ["GRIDACTORS_CLUSTER_SEED"] = "false",
        };
        this.silos = new AppProcess?[silos];
        this.gateways = new AppProcess?[gateways];
    }

    /// <summary>Every process started so far, killed or not, for their output.</summary>
    public IReadOnlyList<AppProcess> Processes => started;

    public IReadOnlyList<Uri> Gateways { get; private set; } = [];

    /// <summary>Starts the silos (the first alone, as it applies the schema) and then the gateways.
    /// <paramref name="siloSettings"/>: environment every silo gets beside the script's.</summary>
    public static async Task<LocalCluster> StartAsync(int silos, int gateways, string database, IReadOnlyDictionary<string, string>? siloSettings = null)
    {
        var cluster = new LocalCluster(silos, gateways, database, siloSettings ?? new Dictionary<string, string>());
        await cluster.StartSiloAsync(0);
        await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(cluster.StartSiloAsync));
        await Task.WhenAll(Enumerable.Range(0, gateways).Select(cluster.StartGatewayAsync));
        cluster.Gateways = [.. Enumerable.Range(0, gateways).Select(j => new Uri(cluster.Environment("gateway", j)["ASPNETCORE_URLS"]))];
        return cluster;
    }

    /// <summary>Starts silo <paramref name="i"/> (again, after a kill) on its ports.</summary>
    public async Task StartSiloAsync(int i) =>
        silos[i] = await Launch($"silo-{i}", Programs.Silo, new Dictionary<string, string>(Environment("silo", i).Concat(siloSettings)));

    public async Task StartGatewayAsync(int j) => gateways[j] = await Launch($"gateway-{j}", Programs.Gateway, new Dictionary<string, string>(Environment("gateway", j))
    {
        // The load is one operator sending hundreds of reports a minute, over the per-caller default.
        ["GridActors__RateLimit__PerMinute"] = "1000000",
    });

    /// <summary>SIGKILL: no shutdown, no goodbye to the membership table.</summary>
    public Task KillSiloAsync(int i) => silos[i]!.KillAsync();

    public Task KillGatewayAsync(int j) => gateways[j]!.KillAsync();

    /// <summary>Stops silo <paramref name="i"/> in order (SIGTERM), as a rolling upgrade does.</summary>
    public Task StopSiloAsync(int i) => silos[i]!.StopAsync();

    public int SiloCount => silos.Length;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in started) await app.DisposeAsync();
    }

    private async Task<AppProcess> Launch(string name, string program, IReadOnlyDictionary<string, string> environment)
    {
        var app = await AppProcess.StartAsync(name, program, environment);
        lock (started) started.Add(app);
        return app;
    }

    /// <summary>What <c>bash deploy/cluster.sh env silo|gateway INDEX</c> prints, as a dictionary.</summary>
    private Dictionary<string, string> Environment(string kind, int index)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(Root, "deploy", "cluster.sh"), "env", kind, index.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in script) info.Environment[key] = value;
        using var process = System.Diagnostics.Process.Start(info)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"cluster.sh env {kind} {index}: {process.StandardError.ReadToEnd()}");
        return lines.Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>The repository, found upwards from the test's output.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    private static string FindRoot(string folder) =>
        File.Exists(Path.Combine(folder, "GridActors.sln")) ? folder
        : Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)) is { } parent ? FindRoot(parent)
        : throw new InvalidOperationException("GridActors.sln not found above the tests' output");
}
