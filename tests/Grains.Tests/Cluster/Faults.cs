using Orleans.Runtime;
using Orleans.Storage;

namespace GridActors.Tests.Cluster;

/// <summary>Lets a test fail the next write of one kind of grain state, once: a silo dying between
/// two writes, for the tests of what heals afterwards.</summary>
public sealed class Faults
{
    private Type? kind;
    private int armed;

    public void FailNextWrite<TState>()
    {
        kind = typeof(TState);
        Volatile.Write(ref armed, 1);
    }

    /// <summary>Asserts the call failed with the injected write failure: as Orleans' storage bridge
    /// wraps it, or as the event log throws it.</summary>
    public static async Task Lost(Func<Task> call)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(call);
        Assert.IsType<IOException>(failure is OrleansException ? failure.InnerException : failure);
    }

    internal bool Fails(Type state) => state == kind && Interlocked.CompareExchange(ref armed, 0, 1) == 1;
}

/// <summary>The cluster's storage, passing everything to the memory storage unless a fault is armed.</summary>
internal sealed class FaultyStorage(IGrainStorage inner, Faults faults) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        faults.Fails(typeof(T))
            ? throw new IOException($"injected: the write of {grainId} was lost")
            : inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
