using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Webhooks;

/// <summary>Webhooks from the real gateway (embedded) to a receiver on the same machine: a backlog
/// delivered as fast as one subscription goes, beside a bare HttpClient posting the same bodies one
/// after another (a subscription posts in order, one at a time); and the lag from an event to its
/// arrival while cases are reported at a steady rate.</summary>
public static class WebhookBenchmark
{
    public const int DefaultBacklog = 2_000;
    private const int LagRate = 100;
    private static readonly TimeSpan LagTime = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private static readonly Dictionary<string, string?> LoopbackReceiver = new() { ["GridActors:Webhooks:AllowPrivateTargets"] = "true" };

    /// <summary>On the embedded default, then on PostgreSQL (the server <c>tests/postgres-up.sh</c> starts).</summary>
    public static async Task Run(int backlog)
    {
        Printer.Heading("Webhook benchmark (gateway on Kestrel, receiver on Kestrel at 127.0.0.1)");
        Printer.Machine();
        var folder = Directory.CreateTempSubdirectory("gridactors-bench-");
        try
        {
            Printer.Heading("Embedded (SQLite)");
            await using (var host = GatewayHost.Embedded(Path.Combine(folder.FullName, "gridactors.db"), LoopbackReceiver))
                await Measure(host, backlog);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
        await using var database = await PostgresDatabase.Create();
        Printer.Heading("PostgreSQL");
        await using (var host = GatewayHost.PostgreSql(database.ConnectionString, LoopbackReceiver))
            await Measure(host, backlog);
    }

    private static async Task Measure(GatewayHost host, int backlog)
    {
        await using var receiver = await Receiver.Start();
        using var http = Clients.Http(host.Address);
        var api = new GatewayApi(http);
        var admin = await api.Token("admin", GatewayApi.District);
        await api.DefineTerritory(admin);
        var @operator = await api.Token("operator", GatewayApi.District);

        var webhook = await Subscribe(http, admin, receiver.Url);
        await Report(api, @operator, backlog, "backlog");
        var clock = Stopwatch.StartNew();
        await Enable(http, admin, webhook, true);
        if (!await receiver.Reaches(backlog, Limit)) throw new InvalidOperationException($"{receiver.Arrivals.Count} of {backlog} deliveries arrived");
        var delivered = new Throughput(backlog, 0, clock.Elapsed, new Latencies([], 0));
        var bodies = receiver.Arrivals.Select(a => a.Body).ToList();
        var bare = await BareLoop(receiver.Url, bodies);

        Printer.Heading($"A backlog of {backlog} events to one subscription, in order, one at a time");
        Printer.Line($"webhook deliveries   {Printer.Rate(delivered, "deliveries")}");
        Printer.Line($"bare HttpClient loop {Printer.Rate(bare, "posts")}");
        Printer.Line($"    = {Printer.Ratio(delivered.PerSecond, bare.PerSecond, "the bare loop")}");

        receiver.Forget();
        var (lags, reports) = await Lag(api, @operator, receiver);
        Printer.Heading($"Delivery lag at {LagRate} events/s for {LagTime.TotalSeconds} s: the event's time → its arrival at the receiver");
        Printer.Line(Printer.Percentiles(lags));
        Printer.Line($"beside the reports themselves, sent → acknowledged: {Printer.Percentiles(reports)}");
    }

    /// <summary>A subscription to reports in the district, disabled so its backlog builds up.</summary>
    private static async Task<string> Subscribe(HttpClient http, string admin, Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks")
        {
            Content = JsonContent.Create(new { url = url.ToString(), kinds = new[] { "case.reported" }, area = GatewayApi.District, enabled = false }),
        };
        request.Headers.Authorization = new("Bearer", admin);
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["webhook"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"subscribing answered {(int)response.StatusCode}: {body}");
    }

    private static async Task Enable(HttpClient http, string admin, string webhook, bool enabled)
    {
        using var response = await http.Send(HttpMethod.Put, $"/api/v1/webhooks/{webhook}", admin, $"{{\"enabled\":{(enabled ? "true" : "false")}}}");
        response.EnsureSuccessStatusCode();
    }

    private static async Task Report(GatewayApi api, string @operator, int count, string batch) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, _) =>
        {
            using var response = await api.Report(@operator, GatewayApi.ReportJson($"Webhook {batch} {n}"));
            response.EnsureSuccessStatusCode();
        });

    /// <summary>The same bodies posted one after another by a plain HttpClient: what the network and the receiver allow.</summary>
    private static async Task<Throughput> BareLoop(Uri url, IReadOnlyList<string> bodies)
    {
        using var client = new HttpClient();
        var clock = Stopwatch.StartNew();
        foreach (var body in bodies)
        {
            using var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
        }
        return new Throughput(bodies.Count, 0, clock.Elapsed, new Latencies([], 0));
    }

    /// <summary>Reports at the steady rate, one event each, and reads each arrival against the event's time.</summary>
    private static async Task<(Latencies Lags, Latencies Reports)> Lag(GatewayApi api, string @operator, Receiver receiver)
    {
        var count = (int)(LagRate * LagTime.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var reports = new List<Task<long>>();
        for (var n = 0; n < count; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / LagRate);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            reports.Add(ReportOne(api, @operator, n));
        }
        var acknowledged = await Task.WhenAll(reports);
        var arrived = await receiver.Reaches(count, Limit);
        var lags = receiver.Arrivals.Select(a =>
        {
            var at = JsonNode.Parse(a.Body)!["data"]!["at"]!.GetValue<DateTimeOffset>();
            return (long)((a.At - at).TotalSeconds * Stopwatch.Frequency);
        }).ToList();
        return (new Latencies(lags, arrived ? 0 : count - lags.Count), new Latencies(acknowledged, 0));
    }

    /// <summary>Reports one case; the Stopwatch ticks until it was acknowledged.</summary>
    private static async Task<long> ReportOne(GatewayApi api, string @operator, int n)
    {
        var sent = Stopwatch.GetTimestamp();
        using var response = await api.Report(@operator, GatewayApi.ReportJson($"Webhook lag {n}"));
        response.EnsureSuccessStatusCode();
        return Stopwatch.GetTimestamp() - sent;
    }
}
