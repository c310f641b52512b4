using Orleans.Storage;
using Polly;
using Polly.Retry;

namespace GridActors.Silo.Storage;

/// <summary>Grain storage whose reads are tried again on a transient database failure: a read changes
/// nothing, so repeating it is safe, and an activation that would have failed during a database
/// restart comes up instead. Writes are not repeated: one may have committed before its answer was
/// lost, and the repeat would then fail its ETag check; the caller retries with its idempotency key.</summary>
public sealed class RetriedStateReads(IGrainStorage inner) : IGrainStorage
{
    private static readonly ResiliencePipeline Reads = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => StorageFailures.Cause(e) is { } db && StorageFailures.IsTransient(db)),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Reads.ExecuteAsync(async _ => await inner.ReadStateAsync(stateName, grainId, grainState)).AsTask();

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
