using GridActors.Storage;

namespace GridActors.Live;

/// <summary>Registered gateways. Each renews every <see cref="LiveDirectory.Renewal"/>; one that stops renewing (a
/// killed process) drops out after <see cref="LiveDirectory.Expiry"/>. The list is stored, so a restarted silo
/// pushes to the gateways that were there at once instead of after their next renewal. Expiry runs
/// on the wall clock, not the domain clock, because it is about processes being alive.</summary>
public sealed class LiveDirectoryGrain(
    [PersistentState("live-directory", "gridactors")] IPersistentState<LiveDirectoryState> state) : Grain, ILiveDirectoryGrain
{
    private Dictionary<string, GatewayRegistration> Gateways => state.State.Gateways;

    public async Task Subscribe(string gatewayId, ILiveObserver observer)
    {
        var now = TimeProvider.System.GetUtcNow();
        foreach (var expired in Gateways.Where(g => g.Value.RenewedAt < now - LiveDirectory.Expiry).Select(g => g.Key).ToList())
            Gateways.Remove(expired);
        Gateways[gatewayId] = new GatewayRegistration(observer, now);
        await state.WriteOrReload(this);
    }

    public async Task Unsubscribe(string gatewayId)
    {
        if (Gateways.Remove(gatewayId)) await state.WriteOrReload(this);
    }

    public Task<IReadOnlyList<ILiveObserver>> GetObservers()
    {
        var alive = TimeProvider.System.GetUtcNow() - LiveDirectory.Expiry;
        return Task.FromResult<IReadOnlyList<ILiveObserver>>(
            [.. Gateways.Values.Where(g => g.RenewedAt >= alive).Select(g => g.Observer)]);
    }
}
