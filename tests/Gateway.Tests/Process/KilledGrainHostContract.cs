using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace GridActors.Tests.Process;

/// <summary>What a client was told stays true when the process holding the grains is SIGKILLed
/// and started again: over HTTP and SignalR, against the real programs.</summary>
public abstract class KilledGrainHostContract(ITestOutputHelper log) : IAsyncLifetime
{
    private const string Grid = "320412101001-01";
    private const string Worker = "w-1";
    private const int Reports = 50;
    private static readonly TimeSpan PushLimit = TimeSpan.FromSeconds(15);

    private readonly List<AppProcess> processes = [];

    /// <summary>Starts the programs of one runtime shape; answers the gateway's address.</summary>
    protected abstract Task<Uri> StartAsync();

    /// <summary>SIGKILLs the process holding the grains and starts it again on the same storage and ports.</summary>
    protected abstract Task KillAndRestartGrainHostAsync();

    /// <summary>Keeps a program begun elsewhere, so it is killed and its output logged at the end.</summary>
    protected AppProcess Keep(AppProcess app)
    {
        processes.Add(app);
        return app;
    }

    /// <summary>Starts a program and keeps it, so it is killed and its output logged at the end.</summary>
    protected async Task<AppProcess> LaunchAsync(string name, string program, IReadOnlyDictionary<string, string> environment)
    {
        var app = await AppProcess.StartAsync(name, program, environment);
        processes.Add(app);
        return app;
    }

    [Fact]
    public async Task Every_acknowledged_write_and_pending_assignment_is_there_after_a_SIGKILL()
    {
        using var gateway = new GatewayApi(await StartAsync());
        var admin = await gateway.TokenAsync(new { role = "admin", areaCode = "320412" });
        var @operator = await gateway.TokenAsync(new { role = "operator", areaCode = "320412101" });
        var worker = await gateway.TokenAsync(new { role = "worker", workerId = Worker, areaCode = Grid });
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.SendAsync(HttpMethod.Put, $"/api/v1/grids/{Grid}", admin,
            new { name = "Canal", type = "Community" }));
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.SendAsync(HttpMethod.Put, $"/api/v1/workers/{Worker}", admin,
            new { name = "Li Wei", kind = "FullTime", grids = new[] { Grid } }));
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.SendAsync(HttpMethod.Put, $"/api/v1/workers/{Worker}/duty", worker, new { duty = "OnDuty" }));

        var acknowledged = new ConcurrentDictionary<int, JsonNode>();
        await Task.WhenAll(Enumerable.Range(0, Reports).Select(i => WriteAsync(gateway, @operator, i, acknowledged)));
        var dispatched = acknowledged.Where(a => Dispatched(a.Key)).Select(a => Id(a.Value)).ToHashSet();
        var pendingBefore = await AssignmentsAsync(gateway, worker);
        Assert.Equal(dispatched, pendingBefore.Select(a => IncidentId(a!)).ToHashSet());
        var openBefore = await OpenCasesAsync(gateway, @operator, admin);
        Assert.All(openBefore, open => Assert.Equal(Reports, open.Length));

        await KillAndRestartGrainHostAsync();

        foreach (var (i, before) in acknowledged)
        {
            var after = await gateway.SendAsync(HttpMethod.Get, $"/api/v1/incidents/{Id(before)}", @operator);
            AssertSame(before, GatewayApi.Expect(HttpStatusCode.OK, after), $"case {i} after the restart");
            Assert.Equal($"\"{before["version"]}\"", after.ETag);
            var events = GatewayApi.Expect(HttpStatusCode.OK, await gateway.SendAsync(HttpMethod.Get, $"/api/v1/incidents/{Id(before)}/events", @operator)).AsArray();
            Assert.Equal(Enumerable.Range(1, before["version"]!.GetValue<int>()), events.Select(e => e!["version"]!.GetValue<int>()));
            Assert.Equal(before["status"]!.GetValue<string>(), events[^1]!["data"]!["status"]!.GetValue<string>());
        }
        Assert.Equal(openBefore, await OpenCasesAsync(gateway, @operator, admin));
        var pendingAfter = await AssignmentsAsync(gateway, worker);
        AssertSame(pendingBefore, pendingAfter, "the worker's pending assignments after the restart");

        var offered = await OfferedOnConnectAsync(gateway, worker, dispatched);
        foreach (var assignment in pendingAfter)
            AssertSame(assignment!, offered[IncidentId(assignment!)], "the offer pushed on connect");

        var retried = await gateway.SendAsync(HttpMethod.Post, "/api/v1/incidents", @operator, ReportOf(0), KeyOf(0));
        AssertSame(acknowledged[0], GatewayApi.Expect(HttpStatusCode.OK, retried), "a retried report after the restart");
    }

    /// <summary>Reports case i with its own key; every fourth is also filed, which offers it to the
    /// worker on duty, so state beyond the report is at stake. Keeps the last answer the gateway acknowledged.</summary>
    private static async Task WriteAsync(GatewayApi gateway, string @operator, int i, ConcurrentDictionary<int, JsonNode> acknowledged)
    {
        var report = GatewayApi.Expect(HttpStatusCode.Created,
            await gateway.SendAsync(HttpMethod.Post, "/api/v1/incidents", @operator, ReportOf(i), KeyOf(i)));
        acknowledged[i] = report;
        if (!Dispatched(i)) return;
        var id = Id(report);
        acknowledged[i] = GatewayApi.Expect(HttpStatusCode.OK,
            await gateway.SendAsync(HttpMethod.Post, $"/api/v1/incidents/{id}/file", @operator, new { }, $"file-{i}"));
    }

    private static bool Dispatched(int i) => i % 4 == 0;

    private static object ReportOf(int i) => new
    {
        source = "Hotline12345", category = "environment.rubbish", urgency = "Normal", title = $"Rubbish by the canal, report {i}", gridCode = Grid,
    };

    private static string KeyOf(int i) => $"hotline-call-{i}";

    private static string Id(JsonNode incident) => incident["id"]!.GetValue<string>();

    private static string IncidentId(JsonNode assignment) => assignment["incidentId"]!.GetValue<string>();

    /// <summary>The open cases (id, version, status) on the town's board and on the district's.</summary>
    private static async Task<string[][]> OpenCasesAsync(GatewayApi gateway, string @operator, string admin) =>
        await Task.WhenAll(new[] { ("320412101", @operator), ("320412", admin) }.Select(async board =>
            GatewayApi.Expect(HttpStatusCode.OK, await gateway.SendAsync(HttpMethod.Get, $"/api/v1/areas/{board.Item1}/board", board.Item2))["open"]!.AsArray()
                .Select(c => $"{c!["id"]} v{c["version"]} {c["status"]}").Order(StringComparer.Ordinal).ToArray()));

    private static async Task<JsonArray> AssignmentsAsync(GatewayApi gateway, string worker) =>
        GatewayApi.Expect(HttpStatusCode.OK, await gateway.SendAsync(HttpMethod.Get, $"/api/v1/workers/{Worker}/assignments", worker)).AsArray();

    /// <summary>Connects as the worker's app and collects the offers the hub pushes on connect,
    /// until every expected case has been offered (or the limit passes).</summary>
    private static async Task<IReadOnlyDictionary<string, JsonNode>> OfferedOnConnectAsync(
        GatewayApi gateway, string worker, IReadOnlySet<string> expected)
    {
        var offered = new ConcurrentDictionary<string, JsonNode>();
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = gateway.WorkerHub(worker);
        hub.On<JsonElement>("assignmentOffered", offer =>
        {
            var node = JsonNode.Parse(offer.GetRawText())!;
            offered[IncidentId(node)] = node;
            if (expected.All(offered.ContainsKey)) all.TrySetResult();
        });
        await hub.StartAsync();
        try
        {
            await all.Task.WaitAsync(PushLimit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"offered on connect within {PushLimit.TotalSeconds} s: {offered.Count} of {expected.Count}; missing {string.Join(", ", expected.Except(offered.Keys))}");
        }
        return offered;
    }

    private static void AssertSame(JsonNode expected, JsonNode actual, string what) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{what} differs.\nexpected: {expected.ToJsonString()}\nactual:   {actual.ToJsonString()}");

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Kills every program first, so nothing outlives the test whatever the logging does.</summary>
    public async Task DisposeAsync()
    {
        foreach (var app in processes) await app.DisposeAsync();
        foreach (var app in processes) log.WriteLine($"--- last lines of {app.Name} ---\n{app.Tail(15)}");
    }
}
