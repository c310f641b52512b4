using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GridActors.Tests.Process.Cluster;

/// <summary>Reports kept in flight against a cluster's gateways, as the hotline's systems send them:
/// each with an Idempotency-Key of its own, a 503 sent again with the same key after its Retry-After,
/// and a gateway that does not answer left for the next in the client's list. Records what a client
/// would: what was acknowledged, and every failure with its status.</summary>
public sealed class ReportLoad(IReadOnlyList<Uri> gateways, string token, IReadOnlyList<string> grids) : IDisposable
{
    public const int InFlight = 32;

    /// <summary>Longer than the gateway's own 10 s wait for a grain: past it, the request has hung.</summary>
    private static readonly TimeSpan Hung = TimeSpan.FromSeconds(20);

    private readonly HttpClient http = new() { Timeout = Hung };
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, (string Id, TimeSpan At)> acknowledged = new();
    private readonly ConcurrentQueue<TimeSpan> retryable = new();
    private readonly ConcurrentQueue<string> unexpected = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> awaited = [];
    private int next;

    /// <summary>Reports acknowledged (201, or 200 for a retry the gateway recognised), by key.</summary>
    public IReadOnlyDictionary<string, string> Acknowledged => acknowledged.ToDictionary(a => a.Key, a => a.Value.Id);

    /// <summary>Answers the client could act on by retrying: 503 with Retry-After, or no connection.</summary>
    public int RetryableFailures => retryable.Count;

    /// <summary>Anything else: a 500, a 503 without Retry-After, a request that hung.</summary>
    public IReadOnlyCollection<string> UnexpectedFailures => unexpected;

    /// <summary>Time since the load began.</summary>
    public TimeSpan Now => clock.Elapsed;

    /// <summary>When the last retryable failure was answered, if any came.</summary>
    public TimeSpan? LastRetryableFailure => retryable.IsEmpty ? null : retryable.Max();

    /// <summary>Reports acknowledged at or after <paramref name="since"/>.</summary>
    public int AcknowledgedSince(TimeSpan since) => acknowledged.Values.Count(a => a.At >= since);

    /// <summary>Completes once <paramref name="count"/> reports have been acknowledged in all.</summary>
    public Task Reached(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (awaited)
        {
            if (acknowledged.Count >= count) return Task.CompletedTask;
            awaited.Add((count, reached));
        }
        return reached.Task;
    }

    /// <summary>Keeps <see cref="InFlight"/> reports in flight until <paramref name="stop"/>; each
    /// report under way when it comes is carried to an answer.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            while (!stop.IsCancellationRequested) await ReportAsync(Interlocked.Increment(ref next));
        }));

    private async Task ReportAsync(int n)
    {
        var key = $"load-{n}";
        var report = new
        {
            source = "Hotline12345", category = "environment.rubbish", urgency = "Normal",
            title = $"Rubbish by the canal, call {n}", gridCode = grids[n % grids.Count],
        };
        for (var gateway = n % gateways.Count; ;)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateways[gateway], "/api/v1/incidents"))
            {
                Content = JsonContent.Create(report),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", key);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request);
            }
            catch (HttpRequestException)
            {
                // The gateway is gone: the client's next address, at once.
                retryable.Enqueue(Now);
                gateway = (gateway + 1) % gateways.Count;
                continue;
            }
            catch (TaskCanceledException)
            {
                unexpected.Enqueue($"{key}: no answer within {Hung.TotalSeconds} s from {gateways[gateway]}");
                return;
            }
            using (response)
            {
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
                    Acknowledge(key, id);
                    return;
                }
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter?.Delta is { } wait)
                {
                    retryable.Enqueue(Now);
                    // The client's side of the protocol: it waits as long as it was told to.
                    await Task.Delay(wait);
                    continue;
                }
                unexpected.Enqueue($"{key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return;
            }
        }
    }

    private void Acknowledge(string key, string id)
    {
        acknowledged[key] = (id, Now);
        lock (awaited)
        {
            foreach (var (count, reached) in awaited.Where(a => acknowledged.Count >= a.Count)) reached.TrySetResult();
            awaited.RemoveAll(a => a.Reached.Task.IsCompleted);
        }
    }

    public void Dispose() => http.Dispose();
}
