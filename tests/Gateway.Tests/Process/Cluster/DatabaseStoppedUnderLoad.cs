using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>PostgreSQL stopped for 30 s under load and started again, on a server of the test's own:
/// writes meanwhile answer 503 with Retry-After (never a 500, never a hang), nothing acknowledged is
/// lost, and the cluster is whole within 15 s of the database's return, with no one restarting anything.</summary>
[Collection(Processes.Collection)]
public sealed class DatabaseStoppedUnderLoad(ITestOutputHelper log) : FaultUnderLoad(log)
{
    private static readonly TimeSpan Away = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WholeWithin = TimeSpan.FromSeconds(15);

    private OwnPostgres? database;

    protected override async Task<string> DatabaseAsync()
    {
        database = await OwnPostgres.StartAsync();
        return database.ConnectionString;
    }

    protected override async Task<TimeSpan> FaultAsync(ReportLoad load)
    {
        await database!.StopAsync();
        // The fault itself lasts this long: the load keeps sending meanwhile.
        await Task.Delay(Away);
        await database.StartAgainAsync();
        return load.Now;
    }

    [Fact]
    public async Task Stopping_the_database_for_30_s_loses_nothing_acknowledged_and_the_cluster_is_whole_within_15_s_of_its_return()
    {
        var figures = await RunAsync("PostgreSQL stopped for 30 s", "its return");

        Assert.True(figures.RetryableFailures > 0, "no write was refused while the database was away");
        Assert.True(figures.WholeAgain < WholeWithin, $"whole again only {figures.WholeAgain.TotalSeconds:0.0} s after the database returned");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }
}
