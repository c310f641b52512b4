using GridActors.Benchmarks.Hosts;
using Microsoft.Extensions.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace GridActors.Benchmarks.Deadlines;

/// <summary>One silo in this process with memory grain storage and the in-memory reminder table:
/// the deadline benchmark measures the grains and the reminder service, not a database.</summary>
public sealed class DeadlineSilo(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<DeadlineSilo> Start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next(), null, "bench-deadlines", "bench-deadlines");
            silo.AddMemoryGrainStorage("gridactors");
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<GridActors.Log.IEventLog>(new GridActors.Tests.Cluster.MemoryEventLog());
            // The format production stores state in, so the stored copies are the size they would be.
            silo.Services.AddSingleton<IGrainStorageSerializer>(sp => new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()));
            silo.Services.AddGridActorsDomain();
        });
        var host = builder.Build();
        await host.StartAsync();
        return new DeadlineSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
