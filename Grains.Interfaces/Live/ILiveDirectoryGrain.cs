using Orleans.Concurrency;
namespace GridActors.Live;

/// <summary>The gateways that want live events. Each renews its registration on a timer; one that
/// stops renewing (a killed process) drops out.</summary>
[Alias("live.directory")]
public interface ILiveDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("subscribe")]
    Task Subscribe(string gatewayId, ILiveObserver observer);

    [Alias("unsubscribe")]
    Task Unsubscribe(string gatewayId);

    [Alias("observers"), ReadOnly]
    Task<IReadOnlyList<ILiveObserver>> GetObservers();
}
