using System.Net;
using System.Text.Json.Nodes;
using GridActors.Tests.Process;
using Xunit.Abstractions;

namespace GridActors.Tests.Webhooks;

/// <summary>Must-show 3: the embedded default as its own process, a receiver on Kestrel that refuses
/// everything while 200 cases change and the gateway is SIGKILLed and started again; once it answers,
/// every event of the log arrives, in order per case, repeated only under the same webhook-id, signed.</summary>
[Collection(Processes.Collection)]
public sealed class WebhooksAcrossAKill(ITestOutputHelper log) : IAsyncLifetime
{
    private const string Grid = "320412101001-01";
    private const int Cases = 200;
    private static readonly TimeSpan DeliveryLimit = TimeSpan.FromSeconds(120);

    private readonly string folder = Directory.CreateTempSubdirectory("gridactors-wh-").FullName;
    private readonly Uri address = new($"http://127.0.0.1:{FreePort.Next()}");
    private readonly List<AppProcess> processes = [];
    private WebhookReceiver receiver = null!;

    private Dictionary<string, string> Environment => new()
    {
        ["GridActors__Storage__DatabasePath"] = Path.Combine(folder, "gridactors.db"),
        ["GridActors__Silo__SiloPort"] = siloPort,
        ["GridActors__Silo__GatewayPort"] = gatewayPort,
        ["GridActors__Demo__Seed"] = "false",
        ["GridActors__RateLimit__PerMinute"] = "100000",
        // The receiver is on loopback; back-off short, so the test need not wait minutes once it answers.
        ["GridActors__Webhooks__AllowPrivateTargets"] = "true",
        ["GridActors__Webhooks__RetryDelay"] = "00:00:00.100",
        ["GridActors__Webhooks__MaxBackoff"] = "00:00:01",
        ["GridActors__Webhooks__BreakDuration"] = "00:00:01",
        ["ASPNETCORE_URLS"] = address.ToString(),
    };

    private readonly string siloPort = FreePort.Next().ToString();
    private readonly string gatewayPort = FreePort.Next().ToString();

    [Fact]
    public async Task Every_event_arrives_in_order_per_case_after_a_refusing_receiver_and_a_SIGKILL()
    {
        var gateway = await LaunchAsync("gateway");
        using var api = new GatewayApi(address);
        var admin = await api.TokenAsync(new { role = "admin", areaCode = "320412" });
        var @operator = await api.TokenAsync(new { role = "operator", areaCode = "320412101" });
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, $"/api/v1/grids/{Grid}", admin, new { name = "Canal", type = "Community" }));
        var created = GatewayApi.Expect(HttpStatusCode.Created, await api.SendAsync(HttpMethod.Post, "/api/v1/webhooks", admin,
            new { url = receiver.Url.ToString(), kinds = new[] { "case.reported", "case.filed", "case.rejected" }, area = "320412101" }));
        var secret = created["secret"]!.GetValue<string>();
        var webhook = created["webhook"]!["id"]!.GetValue<string>();

        var ids = new string[Cases];
        await Parallel.ForEachAsync(Enumerable.Range(0, Cases / 2), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => ids[i] = await ReportAsync(api, @operator, i));
        await receiver.Requests.WaitFor(r => r.Count > 0, DeliveryLimit);

        await gateway.KillAsync();
        var refusedBeforeRestart = receiver.Requests.Items.Count;
        await LaunchAsync("restarted gateway");
        await Parallel.ForEachAsync(Enumerable.Range(Cases / 2, Cases / 2), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => ids[i] = await ReportAsync(api, @operator, i));
        // A second change of half the cases: filed or rejected, so each case has events on both sides of the restart.
        await Parallel.ForEachAsync(Enumerable.Range(0, Cases / 2), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Post,
                $"/api/v1/incidents/{ids[i]}/{(i % 2 == 0 ? "file" : "reject")}", @operator, i % 2 == 0 ? new { } : new { reason = "not ours" })));
        // The restarted process went on trying where the killed one stopped, and was refused too.
        await receiver.Requests.WaitFor(r => r.Count > refusedBeforeRestart, DeliveryLimit);
        Assert.Empty(receiver.Accepted.Items);

        var expected = new HashSet<(string, long)>();
        foreach (var id in ids)
            foreach (var e in GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, $"/api/v1/incidents/{id}/events", @operator)).AsArray())
                if (e!["type"]!.GetValue<string>() is "case.reported.v1" or "case.filed.v1" or "case.rejected.v1")
                    expected.Add((id, e["version"]!.GetValue<long>()));
        Assert.True(expected.Count >= Cases * 3 / 2, $"{expected.Count} events of the subscribed kinds");

        receiver.Accept();
        await receiver.Accepted.WaitFor(r => expected.IsSubsetOf(r.Select(x => x.Event)), DeliveryLimit);

        var accepted = receiver.Accepted.Items;
        Assert.Equal(expected.Order(), accepted.Select(r => r.Event).Distinct().Order());
        Assert.All(receiver.Requests.Items, r => Assert.True(Signatures.Verify(secret, r), $"signature of {r.Id}"));
        // A repeat is the same delivery: one webhook-id per event, the same body under it.
        foreach (var repeats in receiver.Requests.Items.GroupBy(r => r.Id))
            Assert.Single(repeats.Select(r => r.Body).Distinct());
        Assert.Equal(expected.Count, receiver.Requests.Items.Select(r => r.Id).Distinct().Count());
        Assert.All(receiver.Requests.Items, r => Assert.StartsWith($"{webhook}_", r.Id));
        // In order per case: dropping repeats by webhook-id, each case's versions come 1, 2, 3 …
        var firsts = accepted.DistinctBy(r => r.Id).ToList();
        foreach (var byCase in firsts.GroupBy(r => r.Event.Case))
            Assert.Equal(byCase.Select(r => r.Event.Version).Order(), byCase.Select(r => r.Event.Version));
        log.WriteLine($"{expected.Count} events; {receiver.Requests.Items.Count} requests, {accepted.Count} accepted, {accepted.Count - firsts.Count} repeats");

        var deliveries = GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, $"/api/v1/webhooks/{webhook}/deliveries", admin)).AsArray();
        Assert.True(deliveries[0]!["delivered"]!.GetValue<bool>(), deliveries[0]!.ToJsonString());
        Assert.Equal(200, deliveries[0]!["status"]!.GetValue<int>());
    }

    private static async Task<string> ReportAsync(GatewayApi api, string @operator, int i)
    {
        var report = GatewayApi.Expect(HttpStatusCode.Created, await api.SendAsync(HttpMethod.Post, "/api/v1/incidents", @operator,
            new { source = "Hotline12345", category = "environment.rubbish", urgency = "Normal", title = $"Rubbish by the canal, report {i}", gridCode = Grid },
            $"webhook-case-{i}"));
        return report["id"]!.GetValue<string>();
    }

    private async Task<AppProcess> LaunchAsync(string name)
    {
        var app = await AppProcess.StartAsync(name, Programs.Gateway, Environment);
        processes.Add(app);
        return app;
    }

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync(refusing: true);

    public async Task DisposeAsync()
    {
        foreach (var app in processes) await app.DisposeAsync();
        foreach (var app in processes) log.WriteLine($"--- last lines of {app.Name} ---\n{app.Tail(15)}");
        await receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
