using GridActors.Benchmarks.Hosts;
using GridActors.Tests.Process.Cluster;

namespace GridActors.Benchmarks.Scale;

/// <summary><c>scale [quick]</c>: reports/s and push latency with 1, 2 and 3 silos behind 2 gateways on
/// one PostgreSQL database (started as the fault tests start theirs), beside the single-process
/// embedded gateway of the same run, and the same process on PostgreSQL to tell the database's share
/// from the cluster's.</summary>
public static class ScaleBenchmark
{
    private const int Gateways = 2;

    /// <summary>Connections the cluster's processes may hold together: each process's pool is its share.
    /// PostgreSQL allows 100 by default, other programs on the machine use some, and the product's own
    /// default (40 a process) would ask for 200 with 3 silos and 2 gateways.</summary>
    private const int ClusterConnections = 60;

    public static async Task Run(ScaleSize size)
    {
        Printer.Heading("GridActors benchmark: scale");
        Printer.Machine();
        Printer.Line($"reports: {size.Reports.Concurrency} in flight, up to {size.Reports.Operations} or {size.Reports.Time.TotalSeconds:N0} s after {size.Reports.WarmupOperations} warm-up, spread over {BenchDistrict.Grids.Count} grids; "
            + $"each report's push timed on a board watching the district on the other gateway; then {size.PushCommands} reports one at a time; "
            + $"then heartbeats of {BenchDistrict.Grids.Count} workers, one a grid, as many in flight and as long");

        var bare = ScalePrint.Shape(await Embedded(size), null);
        List<ScaleFigures> shapes = [bare, ScalePrint.Shape(await CoHostedOnPostgreSql(size), bare)];
        for (var silos = 1; silos <= 3; silos++) shapes.Add(ScalePrint.Shape(await Cluster(size, silos), bare));
        ScalePrint.Summary(shapes);
    }

    private static async Task<ScaleFigures> Embedded(ScaleSize size)
    {
        var folder = Directory.CreateTempSubdirectory("gridactors-scale-");
        try
        {
            await using var host = GatewayHost.Embedded(Path.Combine(folder.FullName, "gridactors.db"));
            return await Measure("embedded (SQLite), one process", 1, [host.Address], size, store: null);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<ScaleFigures> CoHostedOnPostgreSql(ScaleSize size)
    {
        await using var database = await PostgresDatabase.Create();
        await using var host = GatewayHost.PostgreSql(database.ConnectionString);
        return await Measure("co-hosted on PostgreSQL, one process", 1, [host.Address], size, Store.PostgreSql(database.ConnectionString));
    }

    private static async Task<ScaleFigures> Cluster(ScaleSize size, int silos)
    {
        await using var database = await PostgresDatabase.Create();
        var pool = ClusterConnections / (silos + Gateways);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = pool }.ConnectionString;
        await using var cluster = await LocalCluster.StartAsync(silos, Gateways, connection);
        return await Measure($"{silos} silo{(silos == 1 ? "" : "s")} + {Gateways} gateways on PostgreSQL, {pool} connections a process", silos, cluster.Gateways, size, Store.PostgreSql(database.ConnectionString));
    }

    private static async Task<ScaleFigures> Measure(string shape, int silos, IReadOnlyList<Uri> gateways, ScaleSize size, Store? store)
    {
        var loadBefore = Printer.LoadAverage();
        Printer.Line($"{shape}: running (load {loadBefore})");
        await using var run = await CrossGatewayRun.Open(gateways);
        var before = store is null ? null : await Size(store);
        var (reports, underLoad, alone, failures) = await run.Measure(size);
        // Read before the heartbeats, whose state writes are no case's.
        var after = store is null ? null : await Size(store);
        var heartbeats = await run.Heartbeats(size);
        var figures = new ScaleFigures(shape, silos, reports, underLoad, alone, failures, heartbeats, loadBefore, Printer.LoadAverage());
        return store is null ? figures : figures with { Database = Growth(before!, after!) };
    }

    private static async Task<long[]> Size(Store store) =>
    [
        await store.Scalar("SELECT pg_database_size(current_database())"),
        await store.Scalar("SELECT COUNT(*) FROM cases"),
        await store.Scalar("SELECT COUNT(*) FROM events"),
        await store.Scalar("SELECT pg_total_relation_size('events')"),
        await store.Scalar("SELECT pg_total_relation_size('cases')"),
    ];

    private static DatabaseGrowth Growth(long[] before, long[] after) =>
        new(before[0], after[0], before[1], after[1], before[2], after[2], after[3] - before[3], after[4] - before[4]);
}
