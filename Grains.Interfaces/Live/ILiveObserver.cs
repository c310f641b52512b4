using Orleans.Concurrency;
namespace GridActors.Live;

/// <summary>Implemented once per gateway process; receives every live event in batches.</summary>
[Alias("live.observer")]
public interface ILiveObserver : IGrainObserver
{
    [Alias("on-events"), OneWay]
    Task OnEvents(IReadOnlyList<LiveEvent> batch);
}
