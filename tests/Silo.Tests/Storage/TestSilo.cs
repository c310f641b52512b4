using System.Net;
using System.Net.Sockets;
using GridActors.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridActors.Tests.Storage;

/// <summary>
/// A real silo host built by <see cref="SiloHosting"/> from configuration, as Program.cs builds
/// it; or a client of it. Started when returned, stopped gracefully when disposed.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    readonly IHost host;

    TestSilo(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Configuration for one cluster: its own ids and free loopback ports.</summary>
    public static Dictionary<string, string?> Cluster(IStorageDatabase database) => Cluster(database.Configuration);

    /// <summary>Configuration for one cluster on the database the storage settings name.</summary>
    public static Dictionary<string, string?> Cluster(IReadOnlyDictionary<string, string?> storage)
    {
        var id = $"test-{Guid.NewGuid():N}"[..13];
        return new Dictionary<string, string?>(storage)
        {
            ["GridActors:Silo:ClusterId"] = id,
            ["GridActors:Silo:ServiceId"] = id,
            ["GridActors:Silo:SiloPort"] = FreePort().ToString(),
            ["GridActors:Silo:GatewayPort"] = FreePort().ToString(),
        };
    }

    public static Task<TestSilo> StartSiloAsync(IReadOnlyDictionary<string, string?> configuration) =>
        StartAsync(configuration, (builder, config) => builder.UseOrleans(silo => SiloHosting.Configure(silo, config)));

    /// <summary>A silo with services of the test's own added first (a clock, a log sink), which the
    /// silo's own set-up then keeps.</summary>
    public static Task<TestSilo> StartSiloAsync(IReadOnlyDictionary<string, string?> configuration, Action<IServiceCollection> services) =>
        StartAsync(configuration, (builder, config) =>
        {
            services(builder.Services);
            builder.UseOrleans(silo => SiloHosting.Configure(silo, config));
        });

    public static Task<TestSilo> StartClientAsync(IReadOnlyDictionary<string, string?> configuration) =>
        StartAsync(configuration, (builder, config) => builder.UseOrleansClient(client => SiloHosting.Configure(client, config)));

    static async Task<TestSilo> StartAsync(
        IReadOnlyDictionary<string, string?> configuration, Action<HostApplicationBuilder, IConfiguration> orleans)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        orleans(builder, builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
