using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>The list query, <c>GET /api/v1/incidents?area=&lt;town&gt;&amp;limit=50</c>, one at a time in a
/// town of seeded cases: every other query follows the previous answer's <c>next</c> cursor, so
/// later pages are measured as well as the first.</summary>
public static class ListQueries
{
    public const int Limit = 50;

    /// <summary>Latencies of first pages and of followed pages; when the route is not there (404,
    /// or 405 while only the POST of the same path is mapped) or refuses a query, why it stopped.</summary>
    public sealed record Result(Latencies FirstPages, Latencies NextPages, long TownCases, TimeSpan Seeding, int ShortPages, string? Stopped);

    /// <summary>Seeds the town, then queries it. The seeding runs even when the route is missing, so
    /// a run without the list endpoint still proves the seeding works and shows what it costs.</summary>
    public static async Task<Result> Run(GatewayRun run, string town, int seeded, int queries)
    {
        var seeding = Stopwatch.StartNew();
        var townCases = await SeededTown.Seed(run.Store, town, seeded);
        seeding.Stop();
        var first = $"/api/v1/incidents?area={town}&limit={Limit}";
        List<long> firstPages = [], nextPages = [];
        var shortPages = 0;
        string? next = null;
        Result Figures(string? stopped) => new(new Latencies(firstPages, 0), new Latencies(nextPages, 0), townCases, seeding.Elapsed, shortPages, stopped);

        using (var probe = await run.Http.Get(first, run.Operator))
        {
            if (probe.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
                return Figures($"skipped: GET {first} answered {(int)probe.StatusCode} (the list endpoint is not on this build)");
        }
        for (var n = 0; n < queries; n++)
        {
            var following = n % 2 == 1 && next is not null;
            var path = following ? Follow(first, next!) : first;
            var started = Stopwatch.GetTimestamp();
            using var response = await run.Http.Get(path, run.Operator);
            var body = await response.Content.ReadAsStringAsync();
            var took = Stopwatch.GetTimestamp() - started;
            // A refusal ends this part only, so the figures of the rest of the run are still printed.
            if (response.StatusCode != HttpStatusCode.OK)
                return Figures($"stopped at query {n + 1}: GET {path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
            using var page = JsonDocument.Parse(body);
            if (!page.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                return Figures($"stopped at query {n + 1}: GET {path} answered without an \"items\" array");
            if (items.GetArrayLength() < Limit) shortPages++;
            next = page.RootElement.TryGetProperty("next", out var cursor) && cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
            (following ? nextPages : firstPages).Add(took);
        }
        return Figures(null);
    }

    /// <summary>A <c>next</c> that is a link is followed as given; a bare cursor goes in <c>cursor=</c>.</summary>
    private static string Follow(string first, string next) =>
        next.StartsWith('/') || next.StartsWith("http", StringComparison.Ordinal) ? next : $"{first}&cursor={Uri.EscapeDataString(next)}";
}
