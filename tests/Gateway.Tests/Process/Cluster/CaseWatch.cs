using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Process.Cluster;

/// <summary>A case drawer left open on a board: watches cases on one gateway and signals when each
/// has been seen (on watching, or in a push) handled at another level than it was dispatched to.</summary>
public sealed class CaseWatch : IAsyncDisposable
{
    private readonly HubConnection hub;
    private readonly Dictionary<string, string> levels = [];
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> waiting = [];

    private CaseWatch(Uri gateway, string token)
    {
        using var api = new GatewayApi(gateway);
        hub = api.Hub("/hubs/board", token);
        hub.On<JsonElement>("incidentChanged", Seen);
    }

    /// <summary>Watches <paramref name="ids"/>: each is subscribed before it is read, so a change is
    /// either in what watching answers or pushed after it.</summary>
    public static async Task<CaseWatch> OpenAsync(Uri gateway, string token, IEnumerable<string> ids)
    {
        var watch = new CaseWatch(gateway, token);
        await watch.hub.StartAsync();
        foreach (var id in ids) watch.Seen(await watch.hub.InvokeAsync<JsonElement>("WatchIncident", id));
        return watch;
    }

    /// <summary>Completes once every one of <paramref name="ids"/> was seen at a level other than <paramref name="level"/>.</summary>
    public Task Left(IReadOnlyCollection<string> ids, string level)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool Done() => ids.All(id => levels.TryGetValue(id, out var seen) && seen != level);
        lock (levels)
        {
            if (Done()) return Task.CompletedTask;
            waiting.Add((Done, signal));
        }
        return signal.Task;
    }

    private void Seen(JsonElement incident)
    {
        lock (levels)
        {
            levels[incident.GetProperty("id").GetString()!] = incident.GetProperty("level").GetString()!;
            foreach (var (_, signal) in waiting.Where(w => w.Done())) signal.TrySetResult();
            waiting.RemoveAll(w => w.Signal.Task.IsCompleted);
        }
    }

    public ValueTask DisposeAsync() => hub.DisposeAsync();
}
