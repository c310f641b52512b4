using GridActors.Benchmarks.Board;
using GridActors.Benchmarks.Deadlines;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Benchmarks.Scenarios;
using GridActors.Benchmarks.Territory;

namespace GridActors.Benchmarks;

/// <summary>One run measures the gateway and, in the same process and minutes, the bare baselines it is compared against, so the ratios hold even when the machine's absolute speed drifts.</summary>
/// <remarks>Not top-level statements: their <c>Program</c> would clash with the gateway's, which the factory hosts.</remarks>
public static class Entry
{
    /// <summary>No argument: the gateway run. <c>deadlines [cases]</c>, <c>board [cases]</c> or <c>locate [grids]</c>: those benchmarks alone.</summary>
    public static async Task Main(string[] args)
    {
        switch (args)
        {
            case ["deadlines", .. var rest]:
                await DeadlineBenchmark.Run(rest is [var cases] ? int.Parse(cases, System.Globalization.CultureInfo.InvariantCulture) : DeadlineBenchmark.DefaultCases);
                return;
            case ["board", .. var rest]:
                await BoardBenchmark.Run(rest is [var open] ? int.Parse(open, System.Globalization.CultureInfo.InvariantCulture) : BoardBenchmark.DefaultCases);
                return;
            case ["locate", .. var rest]:
                LocateBenchmark.Run(rest is [var grids] ? int.Parse(grids, System.Globalization.CultureInfo.InvariantCulture) : LocateBenchmark.DefaultGrids);
                return;
        }

        var shape = new LoadShape(Concurrency: 32, WarmupOperations: 500, Operations: 5_000, Time: TimeSpan.FromSeconds(20));
        // The baselines finish 5,000 operations in well under a second, too short a window to be
        // steady; ten times as many keep them inside the same time bound and make their rates stable.
        var baselineShape = shape with { Operations = 50_000 };
        const int PushWarmup = 100;
        const int PushCommands = 1_000;

        Printer.Heading("GridActors benchmarks");
        Printer.Machine();
        Printer.Line($"throughput: {shape.Concurrency} in flight, up to {shape.Operations} operations or {shape.Time.TotalSeconds:N0} s after {shape.WarmupOperations} warm-up (baselines up to {baselineShape.Operations})");
        Printer.Line($"push latency: {PushCommands} sequential commands after {PushWarmup} warm-up");

        Throughput bareHttp;
        PushLatency.Result bareHttpPush;
        Latencies bareEcho;
        await using (var bare = await BareHost.Start())
        using (var run = new BareRun(bare))
        {
            bareHttp = await run.Noops(baselineShape);
            bareHttpPush = await run.HttpPushes(PushWarmup, PushCommands);
            bareEcho = await run.Echoes(PushWarmup, PushCommands);
        }

        ReportFigures embedded;
        PushLatency.Result embeddedPush;
        var sqliteDirectory = Directory.CreateTempSubdirectory("gridactors-bench-");
        try
        {
            var path = Path.Combine(sqliteDirectory.FullName, "gridactors.db");
            await using var host = GatewayHost.Embedded(path);
            using var run = new GatewayRun(host, () => GrainWrites.Sqlite(path));
            await run.Prepare();
            embedded = await run.Reports(shape);
            embeddedPush = await run.Pushes(PushWarmup, PushCommands);
        }
        finally
        {
            // The pool keeps the file open until cleared; the directory goes with the WAL and shared-memory files.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            sqliteDirectory.Delete(recursive: true);
        }

        Throughput rawInserts;
        ReportFigures postgres;
        await using (var database = await PostgresDatabase.Create())
        {
            rawInserts = await NpgsqlInserts.Run(database.ConnectionString, baselineShape);
            await using var host = GatewayHost.PostgreSql(database.ConnectionString);
            using var run = new GatewayRun(host, () => GrainWrites.PostgreSql(database.ConnectionString));
            await run.Prepare();
            postgres = await run.Reports(shape);
        }

        Printer.Heading("Throughput");
        Printer.Line($"bare ASP.NET Core endpoint      {Printer.Rate(bareHttp, "requests")}");
        Printer.Line($"gateway, embedded (SQLite)      {Printer.Rate(embedded.Reports, "reports")}");
        Printer.Line($"    = {Printer.Ratio(embedded.Reports.PerSecond, bareHttp.PerSecond, "bare HTTP")}; {WritesOf(embedded)}");
        Printer.Line($"raw Npgsql insert, {NpgsqlInserts.RowBytes} B rows  {Printer.Rate(rawInserts, "rows")}");
        Printer.Line($"gateway, PostgreSQL             {Printer.Rate(postgres.Reports, "reports")}");
        Printer.Line($"    = {Printer.Ratio(postgres.Reports.PerSecond, bareHttp.PerSecond, "bare HTTP")}, {Printer.Ratio(postgres.Reports.PerSecond, rawInserts.PerSecond, "raw Npgsql inserts")}; {WritesOf(postgres)}");
        Printer.Line($"    grain writes/s on PostgreSQL: {Printer.Number(postgres.WritesPerReport * postgres.Reports.PerSecond, "N0")} = {Printer.Ratio(postgres.WritesPerReport * postgres.Reports.PerSecond, rawInserts.PerSecond, "raw Npgsql inserts")}");

        Printer.Heading("Push latency, command to SignalR receipt (embedded gateway)");
        Printer.Line($"bare hub echo, invoke → push           {Printer.Percentiles(bareEcho)}");
        Printer.Line($"bare HTTP command, send → push         {Printer.Percentiles(bareHttpPush.SendToPush)}");
        Printer.Line($"bare HTTP command, response → push     {Printer.Percentiles(bareHttpPush.ResponseToPush)}");
        Printer.Line($"gateway command, send → push           {Printer.Percentiles(embeddedPush.SendToPush)}");
        Printer.Line($"gateway command, response → push       {Printer.Percentiles(embeddedPush.ResponseToPush)}");
        Printer.Line($"    send → push p50 = {Printer.Ratio(embeddedPush.SendToPush.P50, bareHttpPush.SendToPush.P50, "bare HTTP push")}, {Printer.Ratio(embeddedPush.SendToPush.P50, bareEcho.P50, "bare hub echo")}");
        Printer.Line($"    send → push p99 = {Printer.Ratio(embeddedPush.SendToPush.P99, bareHttpPush.SendToPush.P99, "bare HTTP push")}, {Printer.Ratio(embeddedPush.SendToPush.P99, bareEcho.P99, "bare hub echo")}");
        Printer.Line($"    response → push p50 = {Printer.Ratio(embeddedPush.ResponseToPush.P50, bareHttpPush.ResponseToPush.P50, "bare HTTP push")}, p99 = {Printer.Ratio(embeddedPush.ResponseToPush.P99, bareHttpPush.ResponseToPush.P99, "bare HTTP push")}");
        Printer.Line("    (a negative response → push means the push arrived before the HTTP response)");
    }

    private static string WritesOf(ReportFigures f) =>
        $"{Printer.Number(f.WritesPerReport, "N2")} grain writes per report, {Printer.Number(f.After.AverageStateBytes, "N0")} B average grain state, largest {Printer.Number(f.After.LargestStateBytes / 1024.0, "N0")} KB";
}
