using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Process.Cluster;

/// <summary>A grid worker's app, as it keeps itself given the gateways' addresses: on the worker hub
/// of one gateway, and on the next when that one is lost. It records on which connection each offer
/// last came, so a test can see what reached it after a move.</summary>
public sealed class WorkerWatch(IReadOnlyList<Uri> gateways, int first, string token) : MovingClient(gateways, first)
{
    private readonly Dictionary<string, int> offeredOn = [];
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> waiting = [];

    public static async Task<WorkerWatch> OpenAsync(IReadOnlyList<Uri> gateways, int first, string token)
    {
        var app = new WorkerWatch(gateways, first, token);
        await app.ConnectAsync();
        return app;
    }

    /// <summary>Completes once every one of <paramref name="ids"/> has been offered on a connection
    /// made after at least <paramref name="moves"/> moves: pushed there, or sent again on connecting.</summary>
    public Task Offered(IReadOnlyCollection<string> ids, int moves)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool Done() => ids.All(id => offeredOn.TryGetValue(id, out var on) && on >= moves);
        lock (offeredOn)
        {
            if (Done()) return Task.CompletedTask;
            waiting.Add((Done, signal));
        }
        return signal.Task;
    }

    protected override async Task ConnectAsync()
    {
        var connection = Moves;
        var hub = NewHub("/hubs/worker", token);
        hub.On<JsonElement>("assignmentOffered", a =>
        {
            lock (offeredOn)
            {
                offeredOn[a.GetProperty("incidentId").GetString()!] = connection;
                foreach (var (_, signal) in waiting.Where(w => w.Done())) signal.TrySetResult();
                waiting.RemoveAll(w => w.Signal.Task.IsCompleted);
            }
        });
        await hub.StartAsync();
    }
}
