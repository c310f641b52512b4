using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Process.Cluster;

/// <summary>A command centre's board, as the board page keeps itself, given the gateways' addresses:
/// it watches an area over SignalR on one gateway, keeps the last watermark the counts carried, and
/// catches up over REST (the changes since it, or a fresh board when the area does not know it) when
/// the area starts again in a new epoch, and when its gateway is lost and it moves to the next one.</summary>
public sealed class BoardWatch(IReadOnlyList<Uri> gateways, int first, string token, string area) : MovingClient(gateways, first)
{
    private readonly ConcurrentDictionary<string, byte> pushed = new();
    private readonly ConcurrentDictionary<string, byte> caughtUp = new();
    private string? watermark;

    /// <summary>Cases whose change was pushed to this board.</summary>
    public int Pushed => pushed.Count;

    /// <summary>Cases this board learnt of only by catching up.</summary>
    public int CaughtUp => caughtUp.Keys.Count(id => !pushed.ContainsKey(id));

    /// <summary>Every case the board knows of, pushed or caught up.</summary>
    public IReadOnlySet<string> Known => pushed.Keys.Concat(caughtUp.Keys).ToHashSet();

    public static async Task<BoardWatch> OpenAsync(IReadOnlyList<Uri> gateways, int first, string token, string area)
    {
        var board = new BoardWatch(gateways, first, token, area);
        await board.ConnectAsync();
        return board;
    }

    /// <summary>Closes any gap: the changes since the last watermark, or the whole board when the
    /// area answers that it does not know it.</summary>
    public Task CatchUpAsync() => CatchUpAsync(watermark!);

    private async Task CatchUpAsync(string since)
    {
        using var api = new GatewayApi(Gateway);
        var changes = GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, $"/api/v1/areas/{area}/board?since={Uri.EscapeDataString(since)}", token));
        var cases = changes["reset"]!.GetValue<bool>()
            ? GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, $"/api/v1/areas/{area}/board", token))["open"]!.AsArray()
            : changes["incidents"]!.AsArray();
        foreach (var c in cases) caughtUp.TryAdd(c!["id"]!.GetValue<string>(), 0);
        watermark = changes["watermark"]!.GetValue<string>();
    }

    /// <summary>Watches on the current gateway: the snapshot the first time, the changes since after a move.</summary>
    protected override async Task ConnectAsync()
    {
        // Taken before the new connection's pushes move it on: the gap runs from here.
        var since = watermark;
        var hub = NewHub("/hubs/board", token);
        hub.On<JsonElement>("incidentChanged", c => pushed.TryAdd(c.GetProperty("id").GetString()!, 0));
        hub.On<JsonElement>("countsChanged", async c =>
        {
            if (c.GetProperty("area").GetString() != area) return;
            var next = c.GetProperty("watermark").GetString()!;
            // Another epoch: the area started again (on another silo), and what it pushed meanwhile may be gone.
            if (watermark is { } known && Epoch(known) != Epoch(next)) await CatchUpAsync(known);
            else watermark = next;
        });
        await hub.StartAsync();
        var watched = await hub.InvokeAsync<JsonElement>("WatchArea", area);
        if (since is null) watermark ??= watched.GetProperty("watermark").GetString();
        else await CatchUpAsync(since);
    }

    /// <summary>A watermark is "epoch-sequence"; the epoch changes when the area starts again.</summary>
    private static string Epoch(string watermark) => watermark[..watermark.LastIndexOf('-')];
}
