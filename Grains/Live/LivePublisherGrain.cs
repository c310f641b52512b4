using System.Diagnostics;
using Orleans.Concurrency;

namespace GridActors.Live;

/// <summary>Sends each batch to every registered gateway. One stateless worker per silo: local to the
/// silo that publishes, and a single queue, so events leave in the order the grains published them.
/// The gateway list is cached for a second so the directory is read about once a second per silo,
/// not once per event.</summary>
[StatelessWorker(1)]
public sealed class LivePublisherGrain : Grain, ILivePublisherGrain
{
    private IReadOnlyList<ILiveObserver> observers = [];
    private long fetchedAt = long.MinValue;

    public async Task Publish(IReadOnlyList<LiveEvent> batch)
    {
        if (Stopwatch.GetElapsedTime(fetchedAt) > LiveDirectory.ListCachedFor || fetchedAt == long.MinValue)
        {
            observers = await GrainFactory.GetGrain<ILiveDirectoryGrain>(0).GetObservers();
            fetchedAt = Stopwatch.GetTimestamp();
        }
        foreach (var observer in observers) _ = observer.OnEvents(batch);
    }
}
