using System.Net;
using System.Text.Json.Nodes;
using GridActors.Gateway.Problems;

namespace GridActors.Tests.Process.Cluster;

/// <summary>A grid in another town than the load's, for the cases a fault test files beside the load:
/// they stay off the town's board, which must hold exactly the load's cases.</summary>
public sealed class OtherTown
{
    public const string Grid = "320412102001-01";

    private OtherTown(string admin, string @operator) => (Admin, Operator) = (admin, @operator);

    public string Admin { get; }
    public string Operator { get; }

    public static async Task<OtherTown> DefineAsync(GatewayApi api)
    {
        var town = new OtherTown(
            await api.TokenAsync(new { role = "admin", areaCode = "320412" }),
            await api.TokenAsync(new { role = "operator", areaCode = Grid[..9] }));
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, $"/api/v1/grids/{Grid}", town.Admin, new { name = "Market street", type = "Community" }));
        return town;
    }

    /// <summary>Reports and files a case in the grid; filing dispatches it as its category says.
    /// Answers the case as filing left it.</summary>
    public async Task<JsonNode> FileAsync(GatewayApi api, string category, string title)
    {
        var report = new { source = "Hotline12345", category, urgency = "Normal", title, gridCode = Grid };
        var id = (await WriteAsync(api, "/api/v1/incidents", report))["id"]!.GetValue<string>();
        return await WriteAsync(api, $"/api/v1/incidents/{id}/file", new { });
    }

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    /// <summary>A write as the hotline's systems send it: under a key of its own, sent again with the
    /// same key after each 503's Retry-After (the shared database may turn a connection away), for at
    /// most <see cref="GiveUpAfter"/>: well past the 11–46 s of 503s seen after a kill, and a failure, not a hang.</summary>
    private async Task<JsonNode> WriteAsync(GatewayApi api, string path, object body)
    {
        var key = Guid.NewGuid().ToString("N");
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            Assert.True(started.Elapsed < GiveUpAfter, $"{path}: still 503 after {GiveUpAfter.TotalSeconds:0} s");
            var answer = await api.SendAsync(HttpMethod.Post, path, Operator, body, key);
            if (answer.Status is HttpStatusCode.Created or HttpStatusCode.OK && answer.Body is { } written) return written;
            Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, $"{path}: {(int)answer.Status} {answer.Body?.ToJsonString()}");
            await Task.Delay(TimeSpan.FromSeconds(Unavailable.RetryAfterSeconds));
        }
    }
}
