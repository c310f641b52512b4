namespace GridActors.Benchmarks.Scale;

/// <summary>The bare baseline of the activation and aggregator figures: a grain with no state and no work.</summary>
[Alias("bench.empty")]
public interface IEmptyGrain : IGrainWithIntegerKey
{
    [Alias("ping")]
    Task Ping();
}

public sealed class EmptyGrain : Grain, IEmptyGrain
{
    public Task Ping() => Task.CompletedTask;
}
