using GridActors.Tests;
using Microsoft.Extensions.Hosting;
using Orleans.Core.Internal;
using Orleans.Serialization;
using Orleans.Storage;

namespace GridActors.Benchmarks.Hosts;

/// <summary>One silo in this process with memory grain storage, the in-memory reminder table and event
/// log: the benchmarks that use it measure the grains and the reminder service, not a database.</summary>
public sealed class MemorySilo(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <param name="logLevel">The least a log line must be to be printed: an overload run asks for
    /// Critical, as Orleans logs an error for every expired message it drops.</param>
    public static async Task<MemorySilo> Start(LogLevel logLevel = LogLevel.Warning)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(logLevel);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next(), null, "bench-memory", "bench-memory");
            silo.AddMemoryGrainStorage("gridactors");
            silo.UseInMemoryReminderService();
            var log = new GridActors.Tests.Cluster.MemoryEventLog();
            silo.Services.AddSingleton<GridActors.Log.IEventLog>(log);
            silo.Services.AddSingleton<GridActors.Log.IGridCases>(log);
            // The format production stores state in, so the stored copies are the size they would be.
            silo.Services.AddSingleton<IGrainStorageSerializer>(sp => new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()));
            silo.Services.AddGridActorsDomain();
        });
        var host = builder.Build();
        await host.StartAsync();
        return new MemorySilo(host);
    }

    /// <summary>Deactivates <paramref name="grains"/> and answers how many activations went: deactivation
    /// finishes in the background, so it waits until the count has fallen by them, or stops falling.</summary>
    public async Task<int> Deactivate(IReadOnlyCollection<IAddressable> grains)
    {
        var management = Grains.GetGrain<IManagementGrain>(0);
        var before = await management.GetTotalActivationCount();
        await Task.WhenAll(grains.Select(g => g.AsReference<IGrainManagementExtension>().DeactivateOnIdle().AsTask()));
        var collected = 0;
        for (var stable = 0; stable < 10 && collected < grains.Count; await Task.Delay(200))
        {
            var now = before - await management.GetTotalActivationCount();
            stable = now == collected ? stable + 1 : 0;
            collected = now;
        }
        return collected;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
