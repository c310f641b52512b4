namespace GridActors.Live;

public static class LiveExtensions
{
    /// <summary>Hands events to the local publisher without waiting for delivery: push is at most once,
    /// and the truth is the grain's state, already written.</summary>
    public static Task Publish(this IGrainFactory grains, params LiveEvent[] events) =>
        grains.GetGrain<ILivePublisherGrain>(0).Publish(events);
}
