using System.Diagnostics;
using GridActors.Benchmarks.Hosts;
using GridActors.Gateway.Live;

namespace GridActors.Benchmarks.Board;

/// <summary>The board in Chromium against the real gateway: its first full render with thousands of
/// open cases beside the same board with none, and a burst of live changes: long tasks, and whether the
/// page ends on the last version of every case.</summary>
public static class BoardBenchmark
{
    public const int DefaultCases = 2_000;
    private const int Runs = 3;
    private const int ChangesPerSecond = 500;
    private static readonly TimeSpan PushTime = TimeSpan.FromSeconds(10);

    public static async Task Run(int cases)
    {
        Printer.Heading("Board benchmark (embedded gateway, Chromium headless)");
        Printer.Machine();
        var sqliteDirectory = Directory.CreateTempSubdirectory("gridactors-bench-");
        try
        {
            await using var host = GatewayHost.Embedded(Path.Combine(sqliteDirectory.FullName, "gridactors.db"));
            using var http = Clients.Http(host.Address);
            var town = new BoardTown(http, new GatewayApi(http));
            var token = await town.Define();
            await using var browser = await BoardBrowser.Launch(host.Address);

            await Render(browser, token, 0); // the first page load warms the gateway and Chromium; not counted
            var empty = await Renders(browser, token, 0);

            var clock = Stopwatch.StartNew();
            await town.Report(token, cases, concurrency: 32);
            Printer.Line($"{cases} cases reported over REST, 32 in flight, in {Printer.Number(clock.Elapsed.TotalSeconds, "N1")} s");
            var open = await town.Open(token);
            if (open.Count != cases) throw new InvalidOperationException($"the town's board holds {open.Count} open cases, not {cases}");
            var full = await Renders(browser, token, cases);

            Printer.Heading($"First full render, navigation → the grids, {cases} markers in the cluster layer and {cases} rows counted in the list (median of {Runs})");
            Printer.Line($"board with no cases        {Ms(empty.Median)}   ({string.Join(", ", empty.Times.Select(Ms))})");
            Printer.Line($"board with {cases} cases     {Ms(full.Median)}   ({string.Join(", ", full.Times.Select(Ms))}); target ≤ 1,500 ms");
            Printer.Line($"    = {Printer.Ratio(full.Median, empty.Median, "the empty board")}; longest task while rendering {Ms(full.LongestTask)}");

            await using var page = await browser.SignedIn(token);
            await page.Render(BoardTown.Grids, cases);
            var pushes = new LivePushes(host.Services.GetRequiredService<LiveForwarder>(), BoardTown.Code, open);
            var from = await page.Now();
            var pushed = await pushes.Run(ChangesPerSecond, PushTime);
            var pushesEnded = await page.Now();
            var caughtUp = await page.VersionsReach(pushes.VersionSum, TimeSpan.FromSeconds(60));
            var tasks = await page.LongTasks(from);

            Printer.Heading($"Live changes, {ChangesPerSecond}/s for {PushTime.TotalSeconds} s through the gateway's live path, round the {cases} cases");
            Printer.Line($"changes pushed             {pushed} in {Printer.Number((pushesEnded - from) / 1000, "N1")} s");
            Printer.Line($"long tasks in the page     {tasks.Count}, longest {Ms(tasks.Count == 0 ? 0 : tasks.Max(t => t.Duration))}, over 100 ms: {tasks.Count(t => t.Duration > 100)}");
            Printer.Line($"last version of every case shown {Ms(caughtUp - pushesEnded)} after the last push (page's version sum {await page.Versions()} = last pushed {pushes.VersionSum})");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            sqliteDirectory.Delete(recursive: true);
        }
    }

    private sealed record RenderFigures(double[] Times, double LongestTask)
    {
        public double Median => Times.Order().ElementAt(Times.Length / 2);
    }

    private static async Task<RenderFigures> Renders(BoardBrowser browser, string token, int cases)
    {
        var runs = new List<(double Time, double LongestTask)>();
        for (var i = 0; i < Runs; i++) runs.Add(await Render(browser, token, cases));
        return new RenderFigures([.. runs.Select(r => r.Time)], runs.Max(r => r.LongestTask));
    }

    private static async Task<(double Time, double LongestTask)> Render(BoardBrowser browser, string token, int cases)
    {
        await using var page = await browser.SignedIn(token);
        var time = await page.Render(BoardTown.Grids, cases);
        var tasks = await page.LongTasks();
        return (time, tasks.Count == 0 ? 0 : tasks.Max(t => t.Duration));
    }

    private static string Ms(double milliseconds) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{milliseconds:N0} ms");
}
