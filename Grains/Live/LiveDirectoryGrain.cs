namespace GridActors.Live;

/// <summary>Registered gateways, in memory: each renews every <see cref="Renewal"/>, so after a silo
/// restart the list refills by itself. Expiry runs on the wall clock, not the domain clock, because
/// it is about processes being alive.</summary>
public sealed class LiveDirectoryGrain : Grain, ILiveDirectoryGrain
{
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Expiry = 3 * Renewal;

    private readonly Dictionary<string, (ILiveObserver Observer, DateTimeOffset RenewedAt)> gateways = [];

    public Task Subscribe(string gatewayId, ILiveObserver observer)
    {
        gateways[gatewayId] = (observer, TimeProvider.System.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task Unsubscribe(string gatewayId)
    {
        gateways.Remove(gatewayId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ILiveObserver>> GetObservers()
    {
        var alive = TimeProvider.System.GetUtcNow() - Expiry;
        return Task.FromResult<IReadOnlyList<ILiveObserver>>(
            [.. gateways.Values.Where(g => g.RenewedAt >= alive).Select(g => g.Observer)]);
    }
}
