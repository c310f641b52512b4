using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Incidents;
using GridActors.Log;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Lists;

/// <summary>Case rows written through the gateway's own event log, and lists read back over HTTP.</summary>
public static class CaseStore
{
    private static int next;

    /// <summary>A district code no other list test uses (the towns of <see cref="Town"/> live in 320412).</summary>
    public static string NewDistrict() => $"{330000 + Interlocked.Increment(ref next)}";

    public static Task PutAsync(this GatewayFactory gateway, IEnumerable<CaseRecord> rows) =>
        gateway.Services.GetRequiredService<IEventLog>().PutAsync(rows);

    public static Task PutAsync(this GatewayFactory gateway, params CaseRecord[] rows) => gateway.PutAsync(rows.AsEnumerable());

    public static async Task<JsonObject> List(this HttpClient http, string query)
    {
        var response = await http.GetAsync($"/api/v1/incidents{query}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static IEnumerable<string> Ids(this JsonObject list) => list["items"]!.AsArray().Select(i => (string)i!["id"]!);
}
