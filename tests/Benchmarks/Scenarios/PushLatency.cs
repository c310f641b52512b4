using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using GridActors.Benchmarks.Load;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>The id and version a command answered with, and that its push must carry.</summary>
public sealed record Pushed(string Id, long Version);

/// <summary>Push latency of one command at a time, so no command waits behind another:
/// from the send and from the HTTP response to the receipt of the push with the same id and version.</summary>
public static class PushLatency
{
    /// <summary>Longer than any push should take; a push not in by then is counted missing.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public sealed record Result(Latencies SendToPush, Latencies ResponseToPush);

    /// <summary>Runs <paramref name="warmup"/> unrecorded commands, then <paramref name="count"/> recorded
    /// ones. Each command is told the id the previous one answered with, so a sequence can follow a case.</summary>
    public static async Task<Result> OverHttp(PushArrivals arrivals, int warmup, int count, Func<int, string?, Task<HttpResponseMessage>> command)
    {
        List<long> sendToPush = [], responseToPush = [];
        var missing = 0;
        string? previous = null;
        for (var n = 0; n < warmup + count; n++)
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await command(n, previous);
            var answered = Stopwatch.GetTimestamp();
            var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Pushed>(JsonSerializerOptions.Web) : null;
            var pushed = answer is null ? null : await arrivals.When(answer.Id, answer.Version, Wait);
            previous = answer?.Id;
            if (n < warmup) continue;
            if (pushed is not { } at) { missing++; continue; }
            sendToPush.Add(at - sent);
            responseToPush.Add(at - answered);
        }
        return new Result(new Latencies(sendToPush, missing), new Latencies(responseToPush, missing));
    }

    /// <summary>The bare SignalR round trip: the client invokes, the hub pushes back to the caller.</summary>
    public static async Task<Latencies> HubEcho(HubConnection hub, PushArrivals arrivals, int warmup, int count)
    {
        List<long> sendToPush = [];
        var missing = 0;
        for (var n = 0; n < warmup + count; n++)
        {
            var id = $"echo-{n}";
            var sent = Stopwatch.GetTimestamp();
            await hub.InvokeAsync("Echo", id, 1L);
            var pushed = await arrivals.When(id, 1, Wait);
            if (n < warmup) continue;
            if (pushed is { } at) sendToPush.Add(at - sent);
            else missing++;
        }
        return new Latencies(sendToPush, missing);
    }
}
