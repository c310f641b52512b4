using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Process.Cluster;

/// <summary>A command centre's board on one gateway, as the board page keeps itself: it watches an
/// area over SignalR, keeps the last watermark the counts carried, and after a reconnect (or at the
/// end, to close any gap) asks for the changes since it, or a fresh board when the area does not know it.</summary>
public sealed class BoardWatch : IAsyncDisposable
{
    private readonly GatewayApi api;
    private readonly string token;
    private readonly string area;
    private readonly HubConnection hub;
    private readonly ConcurrentDictionary<string, byte> pushed = new();
    private readonly ConcurrentDictionary<string, byte> caughtUp = new();
    private string? watermark;

    private BoardWatch(Uri gateway, string token, string area)
    {
        api = new GatewayApi(gateway);
        this.token = token;
        this.area = area;
        hub = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, "/hubs/board"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        hub.On<JsonElement>("incidentChanged", c => pushed.TryAdd(c.GetProperty("id").GetString()!, 0));
        hub.On<JsonElement>("countsChanged", async c =>
        {
            if (c.GetProperty("area").GetString() != area) return;
            var next = c.GetProperty("watermark").GetString()!;
            // Another epoch: the area started again (on another silo), and what it pushed meanwhile may be gone.
            if (watermark is { } known && Epoch(known) != Epoch(next)) await CatchUpAsync();
            else watermark = next;
        });
    }

    /// <summary>Cases whose change was pushed to this board.</summary>
    public int Pushed => pushed.Count;

    /// <summary>Cases this board learnt of only by catching up.</summary>
    public int CaughtUp => caughtUp.Keys.Count(id => !pushed.ContainsKey(id));

    /// <summary>Every case the board knows of, pushed or caught up.</summary>
    public IReadOnlySet<string> Known => pushed.Keys.Concat(caughtUp.Keys).ToHashSet();

    public static async Task<BoardWatch> OpenAsync(Uri gateway, string token, string area)
    {
        var board = new BoardWatch(gateway, token, area);
        await board.hub.StartAsync();
        var watched = await board.hub.InvokeAsync<JsonElement>("WatchArea", area);
        board.watermark ??= watched.GetProperty("watermark").GetString();
        return board;
    }

    /// <summary>Closes any gap, as the board page does: the changes since the last watermark, or the
    /// whole board when the area answers that it does not know it.</summary>
    public async Task CatchUpAsync()
    {
        var changes = GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, $"/api/v1/areas/{area}/board?since={Uri.EscapeDataString(watermark!)}", token));
        var cases = changes["reset"]!.GetValue<bool>()
            ? GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, $"/api/v1/areas/{area}/board", token))["open"]!.AsArray()
            : changes["incidents"]!.AsArray();
        foreach (var c in cases) caughtUp.TryAdd(c!["id"]!.GetValue<string>(), 0);
        watermark = changes["watermark"]!.GetValue<string>();
    }

    /// <summary>A watermark is "epoch-sequence"; the epoch changes when the area starts again.</summary>
    private static string Epoch(string watermark) => watermark[..watermark.LastIndexOf('-')];

    public async ValueTask DisposeAsync()
    {
        await hub.DisposeAsync();
        api.Dispose();
    }
}
