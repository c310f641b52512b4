using GridActors.Storage;

namespace GridActors.Live;

/// <summary>Registered gateways. Each renews every <see cref="LiveDirectory.Renewal"/>; one that stops renewing (a
/// killed process) drops out after <see cref="LiveDirectory.Expiry"/>. The list is stored, so a restarted silo
/// pushes to the gateways that were there at once instead of after their next renewal. Expiry runs
/// on the wall clock, not the domain clock, because it is about processes being alive. A co-hosted
/// gateway whose silo has left the cluster is dropped at once (see <see cref="CoHostedObserver"/>):
/// after a restart of the embedded default, the process that registered it is gone.</summary>
public sealed class LiveDirectoryGrain(
    [PersistentState("live-directory", "gridactors")] IPersistentState<LiveDirectoryState> state,
    IClusterMembershipService membership) : Grain, ILiveDirectoryGrain
{
    private Dictionary<string, GatewayRegistration> Gateways => state.State.Gateways;

    public async Task Subscribe(string gatewayId, ILiveObserver observer)
    {
        var now = TimeProvider.System.GetUtcNow();
        foreach (var expired in Gateways.Where(g => !Alive(g.Value, now)).Select(g => g.Key).ToList())
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
        var now = TimeProvider.System.GetUtcNow();
        return Task.FromResult<IReadOnlyList<ILiveObserver>>([.. Gateways.Values.Where(g => Alive(g, now)).Select(g => g.Observer)]);
    }

    private bool Alive(GatewayRegistration gateway, DateTimeOffset now) =>
        gateway.RenewedAt >= now - LiveDirectory.Expiry && CoHostedObserver.MayBeReached(gateway.Observer, membership.CurrentSnapshot);
}
