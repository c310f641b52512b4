using GridActors.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace GridActors.Tests.Storage;

/// <summary>
/// What the project's schema and hosting promise on every backend; each backend's test class
/// runs all of it against its own fresh database.
/// </summary>
public abstract partial class StorageContract(IStorageDatabase database)
{
    [Fact]
    public async Task Applying_the_schema_again_and_again_leaves_exactly_the_queries_the_providers_need()
    {
        await database.ApplySchemaAsync();
        await database.ApplySchemaAsync();
        await using (await TestSilo.StartSiloAsync(TestSilo.Cluster(database))) { } // and once more at start-up

        var keys = await database.QueryKeysAsync();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(database.ExpectedQueryKeys.Order(), keys.Order());
    }

    [Fact]
    public async Task Grain_state_survives_a_full_silo_restart()
    {
        var cluster = TestSilo.Cluster(database);
        await using (var silo = await TestSilo.StartSiloAsync(cluster))
        {
            var counter = silo.Grains.GetGrain<ICounterGrain>("restart");
            await counter.Add(5);
            Assert.Equal(7, await counter.Add(2));
        }

        await using (var silo = await TestSilo.StartSiloAsync(cluster))
        {
            Assert.Equal(7, await silo.Grains.GetGrain<ICounterGrain>("restart").Get());
        }
    }

    [Fact]
    public async Task Grain_state_is_stored_in_orleans_version_tolerant_format_not_json_with_clr_type_names()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));

        var options = silo.Services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>()
            .Get(StorageHostingExtensions.AdoNetStorageName);

        Assert.IsType<OrleansGrainStorageSerializer>(options.GrainStorageSerializer);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_until_the_state_is_read_again()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageHostingExtensions.GrainStorageName);
        var grainId = GrainId.Create("counter", "stale");
        const string grainType = "GridActors.Tests.Storage.CounterGrain";
        var first = new GrainState<CounterState>(new CounterState());
        var second = new GrainState<CounterState>(new CounterState());

        // Two activations that both saw "no state yet": only one may create it.
        await storage.ReadStateAsync(grainType, grainId, first);
        await storage.ReadStateAsync(grainType, grainId, second);
        first.State = new CounterState { Value = 1 };
        await storage.WriteStateAsync(grainType, grainId, first);
        second.State = new CounterState { Value = 100 };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(grainType, grainId, second));

        // Both now at the same version: the first write wins, the second is stale.
        await storage.ReadStateAsync(grainType, grainId, second);
        first.State = new CounterState { Value = 2 };
        await storage.WriteStateAsync(grainType, grainId, first);
        second.State = new CounterState { Value = 200 };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(grainType, grainId, second));

        // Recovery: read, then write.
        await storage.ReadStateAsync(grainType, grainId, second);
        Assert.Equal(2, second.State!.Value);
        second.State = new CounterState { Value = 3 };
        await storage.WriteStateAsync(grainType, grainId, second);

        var fresh = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync(grainType, grainId, fresh);
        Assert.Equal(3, fresh.State!.Value);
        Assert.Equal(second.ETag, fresh.ETag);
    }

    [Fact]
    public async Task Cleared_state_reads_as_new_and_a_stale_activation_cannot_write_over_it()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageHostingExtensions.GrainStorageName);
        var grainId = GrainId.Create("counter", "cleared");
        const string grainType = "GridActors.Tests.Storage.CounterGrain";
        var grain = new GrainState<CounterState>(new CounterState { Value = 9 });
        await storage.WriteStateAsync(grainType, grainId, grain);
        var stale = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync(grainType, grainId, stale);

        await storage.ClearStateAsync(grainType, grainId, grain);

        var fresh = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync(grainType, grainId, fresh);
        Assert.False(fresh.RecordExists);
        Assert.Equal(0, fresh.State!.Value);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(grainType, grainId, stale));
        fresh.State = new CounterState { Value = 1 };
        await storage.WriteStateAsync(grainType, grainId, fresh);
    }
}
