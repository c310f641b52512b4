using Orleans.Concurrency;
namespace GridActors.Live;

/// <summary>Fans events out to the gateways. A stateless worker, so every silo has local
/// activations and no single one carries all traffic.</summary>
[Alias("live.publisher")]
public interface ILivePublisherGrain : IGrainWithIntegerKey
{
    [Alias("publish"), OneWay]
    Task Publish(IReadOnlyList<LiveEvent> batch);
}
