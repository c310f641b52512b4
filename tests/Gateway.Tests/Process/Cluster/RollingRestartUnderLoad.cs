using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>Every silo stopped in order and started again, one at a time, under load (a rolling
/// upgrade): nothing acknowledged is lost and clients meet only retryable failures.</summary>
[Collection(Processes.Collection)]
public sealed class RollingRestartUnderLoad(PostgreSqlDatabase database, ITestOutputHelper log)
    : FaultOnSharedDatabase(database, log)
{
    protected override async Task<TimeSpan> FaultAsync(ReportLoad load)
    {
        var begun = load.Now;
        for (var i = 0; i < Cluster.SiloCount; i++)
        {
            await Cluster.StopSiloAsync(i);
            await Cluster.StartSiloAsync(i);
        }
        return begun;
    }

    [Fact]
    public async Task Restarting_every_silo_in_turn_under_load_loses_nothing_and_fails_only_retryably() =>
        await RunAsync("rolling restart of every silo", "the first silo's stop");
}
