using System.Diagnostics;
using Orleans.Concurrency;

namespace GridActors.Live;

/// <summary>Sends each batch to every registered gateway. Stateless workers: local to the silo that
/// publishes, as many as there is load. The gateway list is cached for a second so the directory
/// is read about once a second per activation, not once per event.</summary>
[StatelessWorker]
public sealed class LivePublisherGrain : Grain, ILivePublisherGrain
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);

    private IReadOnlyList<ILiveObserver> observers = [];
    private long fetchedAt = long.MinValue;

    public async Task Publish(IReadOnlyList<LiveEvent> batch)
    {
        if (Stopwatch.GetElapsedTime(fetchedAt) > CacheFor || fetchedAt == long.MinValue)
        {
            observers = await GrainFactory.GetGrain<ILiveDirectoryGrain>(0).GetObservers();
            fetchedAt = Stopwatch.GetTimestamp();
        }
        foreach (var observer in observers) _ = observer.OnEvents(batch);
    }
}
