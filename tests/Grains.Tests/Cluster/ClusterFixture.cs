using GridActors.Incidents;
using GridActors.Log;
using GridActors.Registers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace GridActors.Tests.Cluster;

/// <summary>One in-process silo with memory storage (that a test may make fail once, see
/// <see cref="Faults"/>) and a fake clock that only the tests move.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    public FakeTimeProvider Time { get; } = new(Start);
    public Faults Faults { get; } = new();
    public MemoryRegisterAudit Audit { get; } = new();
    /// <summary>One log for every silo of the cluster, as a database would be.</summary>
    public MemoryEventLog Log { get; }

    public ClusterFixture() => Log = new MemoryEventLog(e => Faults.FailsAppend(e.Type) || Faults.Fails(typeof(IncidentState)));
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        var (time, faults, audit, log) = (Time, Faults, Audit, Log);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage("memory");
            silo.Services.AddKeyedSingleton<IGrainStorage>("gridactors", (sp, _) => new FaultyStorage(sp.GetRequiredKeyedService<IGrainStorage>("memory"), faults));
            // Reminders fire on the real clock here (UseTimeProviderForBackgroundAreas below): tests
            // call the tick themselves and read the reminder table to see what is registered.
            silo.Services.AddSingleton<IEventLog>(log);
            silo.Services.AddSingleton<IGridCases>(log);
            silo.Services.AddSingleton<IRegisterAudit>(audit);
            silo.UseInMemoryReminderService();
            // The format production stores state in (see Silo's storage hosting).
            silo.Services.AddSingleton<IGrainStorageSerializer>(sp => new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()));
            silo.Services.AddSingleton<TimeProvider>(time);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.Services.AddGridActorsDomain();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>A silo of its own for the deadline tests, whose clock jumps a week at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DeadlineCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "deadlines";
}
