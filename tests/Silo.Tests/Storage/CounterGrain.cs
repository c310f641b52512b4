using GridActors.Silo.Hosting;

namespace GridActors.Tests.Storage;

[Alias("tests.counter")]
public interface ICounterGrain : IGrainWithStringKey
{
    [Alias("add")]
    Task<int> Add(int amount);

    [Alias("get")]
    Task<int> Get();
}

[GenerateSerializer, Alias("tests.counter-state.v1")]
public sealed class CounterState
{
    [Id(0)] public int Value { get; set; }
}

/// <summary>The smallest grain whose state goes through the project's grain storage.</summary>
public sealed class CounterGrain(
    [PersistentState("counter", StorageHostingExtensions.GrainStorageName)] IPersistentState<CounterState> state)
    : Grain, ICounterGrain
{
    public async Task<int> Add(int amount)
    {
        state.State.Value += amount;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> Get() => Task.FromResult(state.State.Value);
}
