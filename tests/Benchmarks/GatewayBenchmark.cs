using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Benchmarks.Scenarios;

namespace GridActors.Benchmarks;

/// <summary>The gateway run: the bare baselines, then the embedded default, then PostgreSQL, each
/// on a fresh store, all in one process so the ratios hold when the machine's speed drifts.</summary>
public static class GatewayBenchmark
{
    public static async Task Run(BenchSize size)
    {
        Printer.Heading("GridActors benchmarks");
        Printer.Machine();
        Printer.Line($"reports: {size.Reports.Concurrency} in flight, up to {size.Reports.Operations} or {size.Reports.Time.TotalSeconds:N0} s after {size.Reports.WarmupOperations} warm-up, per shape (baselines and case reads up to {size.Baselines.Operations})");
        Printer.Line($"district: {BenchDistrict.Towns} towns × {BenchDistrict.VillagesPerTown} villages × {BenchDistrict.GridsPerVillage} grids = {BenchDistrict.Grids.Count} grids; one grid: {GatewayApi.Grid}");
        Printer.Line($"push latency: {size.PushCommands} sequential commands after {size.PushWarmup} warm-up; list query: {size.ListQueries} sequential in a town of {size.SeededCases} seeded cases");

        Baselines bare;
        await using (var host = await BareHost.Start())
        using (var run = new BareRun(host))
        {
            bare = new Baselines(await run.Noops(size.Baselines), await run.CaseReads(size.Baselines),
                await run.HttpPushes(size.PushWarmup, size.PushCommands), await run.Echoes(size.PushWarmup, size.PushCommands));
        }

        BackendFigures embedded;
        int embeddedWarnings;
        string? firstWarning;
        var sqliteDirectory = Directory.CreateTempSubdirectory("gridactors-bench-");
        try
        {
            var path = Path.Combine(sqliteDirectory.FullName, "gridactors.db");
            await using var host = GatewayHost.Embedded(path);
            using var run = new GatewayRun(host, Store.Sqlite(path));
            await run.Prepare();
            var (spread, oneGrid) = await Reports(run, size);
            var pushes = await run.Pushes(size.PushWarmup, size.PushCommands);
            var reads = await CaseReads.Run(run, size.Baselines);
            var caseBytes = await CaseReads.AnswerBytes(run);
            embedded = new BackendFigures(run.Store.Name, spread, oneGrid,
                await ListQueries.Run(run, BenchDistrict.Town, size.SeededCases, size.ListQueries), reads, caseBytes, pushes);
            embeddedWarnings = host.Warnings.Count;
            firstWarning = host.Warnings.First;
        }
        finally
        {
            // The pool keeps the file open until cleared; the directory goes with the WAL and shared-memory files.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            sqliteDirectory.Delete(recursive: true);
        }

        Throughput rawInserts;
        Throughput logAppends;
        BackendFigures postgres;
        int postgresWarnings;
        await using (var database = await PostgresDatabase.Create())
        {
            rawInserts = await NpgsqlInserts.Run(database.ConnectionString, size.Baselines);
            await using var host = GatewayHost.PostgreSql(database.ConnectionString);
            using var run = new GatewayRun(host, Store.PostgreSql(database.ConnectionString));
            await run.Prepare();
            var (spread, oneGrid) = await Reports(run, size);
            postgres = new BackendFigures(run.Store.Name, spread, oneGrid,
                await ListQueries.Run(run, BenchDistrict.Town, size.SeededCases, size.ListQueries));
            postgresWarnings = host.Warnings.Count;
            // Last, so its rows do not weigh on the reports; the gateway has laid down the schema.
            logAppends = await LogAppends.Run(database.ConnectionString, size.Baselines);
        }

        GatewayPrint.All(bare, rawInserts, logAppends, embedded, embeddedWarnings, firstWarning, postgres, postgresWarnings);
    }

    /// <summary>Spread over the district's grids first, then into one grid, on the same store.</summary>
    private static async Task<(ReportFigures Spread, ReportFigures OneGrid)> Reports(GatewayRun run, BenchSize size) =>
        (await run.Reports(size.Reports, BenchDistrict.Grids), await run.Reports(size.Reports, [GatewayApi.Grid]));
}
