using System.Net;
using GridActors.Tests;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GridActors.Benchmarks.Hosts;

/// <summary>The real gateway (its own Program, co-hosted silo and all) on Kestrel at 127.0.0.1,
/// configured only through the settings the product reads.</summary>
public sealed class GatewayHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly IStartupFilter? beside;

    private GatewayHost(IReadOnlyDictionary<string, string?> settings, IStartupFilter? beside)
    {
        this.settings = settings;
        this.beside = beside;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public Uri Address => Kestrel.Address(Services);

    /// <summary>Slow-turn warnings logged by the silo and gateway since start.</summary>
    public SlowCallWarnings Warnings { get; } = new();

    /// <param name="extra">Settings of the benchmark's own on top (the webhook one allows loopback receivers).</param>
    /// <param name="beside">A baseline served by the same process and pipeline, ahead of the gateway's own routes.</param>
    public static GatewayHost Embedded(string databasePath, IReadOnlyDictionary<string, string?>? extra = null, IStartupFilter? beside = null) => Start(new(extra ?? new Dictionary<string, string?>())
    {
        ["GridActors:Storage:Backend"] = "Embedded",
        ["GridActors:Storage:DatabasePath"] = databasePath,
    }, beside);

    public static GatewayHost PostgreSql(string connectionString, IReadOnlyDictionary<string, string?>? extra = null) => Start(new(extra ?? new Dictionary<string, string?>())
    {
        ["GridActors:Storage:Backend"] = "PostgreSql",
        ["GridActors:Storage:ConnectionString"] = connectionString,
        // Development mode is the default of the embedded shape only; the benchmark mints its tokens.
        ["GridActors:Auth:Development"] = "true",
    });

    private static GatewayHost Start(Dictionary<string, string?> backend, IStartupFilter? beside = null)
    {
        var host = new GatewayHost(new Dictionary<string, string?>(backend)
        {
            ["GridActors:Silo:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GridActors:Silo:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Unique per run, so a PostgreSQL membership table never sees an earlier run's silo.
            ["GridActors:Silo:ClusterId"] = $"bench-{Guid.NewGuid():N}",
            // The limiter would measure itself: 32 callers sharing one token exceed the default at once.
            ["GridActors:RateLimit:PerMinute"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The demo district's grids and workers would add to the state sizes measured.
            ["GridActors:Demo:Seed"] = "false",
            // Per-request Information logs to the console would be a large share of the work measured.
            ["Logging:LogLevel:Default"] = "Warning",
        }, beside);
        host.StartServer();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Warnings));
        if (beside is not null) builder.ConfigureServices(services => services.AddSingleton(beside));
    }
}
