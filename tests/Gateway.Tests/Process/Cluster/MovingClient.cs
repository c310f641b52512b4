using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Process.Cluster;

/// <summary>A hub client given the gateways' addresses, as the board and the worker's app keep
/// themselves: connected to one gateway, and to the next in the list when that one is lost.</summary>
public abstract class MovingClient(IReadOnlyList<Uri> gateways, int first) : IAsyncDisposable
{
    private readonly SemaphoreSlim moving = new(1, 1);
    private int gateway = first;
    private bool closing;

    /// <summary>The connection to the current gateway.</summary>
    protected HubConnection Hub { get; private set; } = null!;

    protected Uri Gateway => gateways[gateway];

    /// <summary>Times the client lost its gateway and moved to the next.</summary>
    public int Moves { get; private set; }

    /// <summary>Connects to <see cref="Gateway"/> (through <see cref="NewHub"/>) and does what the
    /// client does there first.</summary>
    protected abstract Task ConnectAsync();

    /// <summary>A connection to the hub at <paramref name="path"/> of the current gateway, not started,
    /// which moves the client on when it closes.</summary>
    protected HubConnection NewHub(string path, string token)
    {
        using var api = new GatewayApi(Gateway);
        Hub = api.Hub(path, token);
        Hub.Closed += _ => closing ? Task.CompletedTask : MoveAsync();
        return Hub;
    }

    private async Task MoveAsync()
    {
        await moving.WaitAsync();
        try
        {
            Moves++;
            gateway = (gateway + 1) % gateways.Count;
            await ConnectAsync();
        }
        finally
        {
            moving.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        closing = true;
        await Hub.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
