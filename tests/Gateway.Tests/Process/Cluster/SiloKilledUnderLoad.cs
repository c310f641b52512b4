using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>SIGKILL one of two silos under load: its grains come back on the other, nothing
/// acknowledged is lost, and clients see only answers they can act on.</summary>
[Collection(Processes.Collection)]
public sealed class SiloKilledUnderLoad(PostgreSqlDatabase database, ITestOutputHelper log)
    : FaultOnSharedDatabase(database, log)
{
    /// <summary>Not yet: a case stored just before its silo died, and acknowledged to the client's retry
    /// from storage, can be on the area's open list without any board having had its push, and a board
    /// catching up from its last watermark does not find it (the area did not start again, so no new
    /// epoch tells the board to take a fresh one). The test prints such cases; the fix belongs to the
    /// live path (a change published again when a retry finds it applied, or the area's feed from the log).</summary>
    protected override bool BoardsCatchUpEverything => false;

    protected override async Task<TimeSpan> FaultAsync(ReportLoad load)
    {
        var killed = load.Now;
        await Cluster.KillSiloAsync(0);
        return killed;
    }

    [Fact]
    public async Task Killing_a_silo_under_load_loses_no_acknowledged_report_and_fails_only_retryably() =>
        await RunAsync("silo SIGKILLed", "the kill");
}
