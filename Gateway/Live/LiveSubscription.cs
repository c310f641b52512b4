using GridActors.Live;

namespace GridActors.Gateway.Live;

/// <summary>Registers this gateway's forwarder with the directory and renews it on the wall clock,
/// so the registration stays alive while the gateway does (the directory stores it across silo restarts).</summary>
public sealed class LiveSubscription(IGrainFactory grains, LiveForwarder forwarder, ILogger<LiveSubscription> log) : IHostedService, IAsyncDisposable
{
    private readonly string gatewayId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
    private readonly CancellationTokenSource stopping = new();
    private ILiveObserver? reference;
    private Task renewals = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        reference = grains.CreateObjectReference<ILiveObserver>(forwarder);
        await Directory.Subscribe(gatewayId, reference);
        renewals = Renew(stopping.Token);
        // A publisher that read the gateway list just before this gateway was on it pushes to that
        // list a little longer; the gateway takes requests only once no such list is in use, so no
        // push about a request it answered can miss it (at start-up, right after the demo seeding).
        await Task.Delay(LiveDirectory.ListCachedFor, cancellationToken);
    }

    /// <summary>Best effort: when the silo in this process is already stopping, the registration
    /// simply expires.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await renewals;
        try
        {
            await Directory.Unsubscribe(gatewayId).WaitAsync(cancellationToken);
            grains.DeleteObjectReference<ILiveObserver>(reference!);
        }
        catch (Exception e) { log.LogInformation(e, "Left {Gateway} to expire", gatewayId); }
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopping.IsCancellationRequested) await stopping.CancelAsync();
        stopping.Dispose();
    }

    private ILiveDirectoryGrain Directory => grains.GetGrain<ILiveDirectoryGrain>(0);

    private async Task Renew(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(LiveDirectory.Renewal);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try { await Directory.Subscribe(gatewayId, reference!); }
                catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Could not renew {Gateway}", gatewayId); }
            }
        }
        catch (OperationCanceledException) { }
    }
}
