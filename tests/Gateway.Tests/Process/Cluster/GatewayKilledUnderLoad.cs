using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>SIGKILL one of two gateways under load: clients with both addresses move to the other,
/// its board reconnects there and catches up, and nothing acknowledged is lost.</summary>
[Collection(Processes.Collection)]
public sealed class GatewayKilledUnderLoad(PostgreSqlDatabase database, ITestOutputHelper log)
    : FaultOnSharedDatabase(database, log)
{
    protected override async Task<TimeSpan> FaultAsync(ReportLoad load)
    {
        var killed = load.Now;
        await Cluster.KillGatewayAsync(0);
        return killed;
    }

    [Fact]
    public async Task Killing_a_gateway_under_load_moves_its_clients_to_the_other_and_loses_nothing() =>
        await RunAsync("gateway SIGKILLed", "the kill");
}
