using System.Net;
using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>SIGKILL one of two silos under load: its grains come back on the other, nothing
/// acknowledged is lost, clients see only answers they can act on, and a deadline falling after the
/// kill is acted on once, whichever silo held the case.</summary>
[Collection(Processes.Collection)]
public sealed class SiloKilledUnderLoad(PostgreSqlDatabase database, ITestOutputHelper log)
    : FaultOnSharedDatabase(database, log), IDisposable
{
    /// <summary>Enough cases that some are all but certainly placed on the silo that dies (each goes
    /// to either, so all on the other is one chance in 2^8).</summary>
    private const int DueAfterKill = 8;

    private readonly string catalogue = FastAcceptCatalogue.Write();
    private readonly Dictionary<string, DateTimeOffset> dueAt = [];
    private OtherTown town = null!;
    private CaseWatch? drawers;
    private DateTimeOffset killedAt;

    protected override IReadOnlyDictionary<string, string> SiloSettings =>
        new Dictionary<string, string> { ["GridActors__Configuration__CategoriesFile"] = catalogue };

    protected override async Task PrepareAsync()
    {
        using var api = new GatewayApi(Cluster.Gateways[^1]);
        town = await OtherTown.DefineAsync(api);
    }

    /// <summary>Files the cases whose deadline falls after the kill just before it, all at once.</summary>
    protected override async Task<TimeSpan> FaultAsync(ReportLoad load)
    {
        using var api = new GatewayApi(Cluster.Gateways[^1]);
        var filed = await Task.WhenAll(Enumerable.Range(0, DueAfterKill).Select(i => town.FileAsync(api, FastAcceptCatalogue.Category, $"Blocked drain {i}")));
        foreach (var c in filed)
        {
            Assert.Equal("Village", c["level"]!.GetValue<string>());
            dueAt[c["id"]!.GetValue<string>()] = c["stageDueAt"]!.GetValue<DateTimeOffset>();
        }
        drawers = await CaseWatch.OpenAsync(Cluster.Gateways[^1], town.Operator, dueAt.Keys);

        var killed = load.Now;
        killedAt = DateTimeOffset.UtcNow;
        await Cluster.KillSiloAsync(0);
        return killed;
    }

    [Fact]
    public async Task Killing_a_silo_under_load_loses_no_acknowledged_report_and_fails_only_retryably()
    {
        await RunAsync("silo SIGKILLed", "the kill");

        Assert.True(dueAt.Values.Min() > killedAt, $"a case fell due at {dueAt.Values.Min()}, before the kill at {killedAt}: the test proves nothing");
        // The signal: every case pushed (or read) handled above the village. Then each escalated once.
        await drawers!.Left(dueAt.Keys, "Village").WaitAsync(TimeSpan.FromSeconds(90));
        using var api = new GatewayApi(Cluster.Gateways[^1]);
        var late = TimeSpan.Zero;
        foreach (var (id, due) in dueAt)
        {
            var history = GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, $"/api/v1/incidents/{id}", town.Operator))["history"]!.AsArray();
            var escalations = history.Where(e => e!["kind"]!.GetValue<string>() == "Escalated" && e["level"]!.GetValue<string>() == "Town").ToArray();
            var escalation = Assert.Single(escalations)!;
            Assert.Equal("timeout: accept limit passed", escalation["text"]!.GetValue<string>());
            var at = escalation["at"]!.GetValue<DateTimeOffset>();
            Assert.True(at >= due, $"case {id} escalated at {at}, before its deadline {due}");
            late = TimeSpan.FromTicks(Math.Max(late.Ticks, (at - due).Ticks));
        }
        Log.WriteLine($"deadlines falling after the kill: {dueAt.Count} cases, {(dueAt.Values.Min() - killedAt).TotalSeconds:0.0}–{(dueAt.Values.Max() - killedAt).TotalSeconds:0.0} s after it; each escalated to the town exactly once, at most {late.TotalSeconds:0.0} s after its deadline");
    }

    public override async Task DisposeAsync()
    {
        if (drawers is not null) await drawers.DisposeAsync();
        await base.DisposeAsync();
    }

    public void Dispose() => File.Delete(catalogue);
}
