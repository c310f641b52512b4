using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>SIGKILL one of two silos under load: its grains come back on the other, nothing
/// acknowledged is lost, and clients see only answers they can act on.</summary>
[Collection(Processes.Collection)]
public sealed class SiloKilledUnderLoad(PostgreSqlDatabase database, ITestOutputHelper log)
    : FaultOnSharedDatabase(database, log)
{
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
