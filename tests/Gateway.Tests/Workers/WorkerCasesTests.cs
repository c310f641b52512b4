using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Tests.Api;

namespace GridActors.Tests.Workers;

/// <summary>A grid worker's three lists over real HTTP on Kestrel: offers with their accept deadline,
/// accepted cases, own reports to verify; for the worker and the command centres above their grid only.</summary>
public sealed class WorkerCasesTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static async Task<JsonObject> Cases(HttpClient http, string workerId)
    {
        var response = await http.GetAsync($"/api/v1/workers/{workerId}/cases");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    static string Ids(JsonObject list, string section, Func<JsonNode, JsonNode> item) =>
        string.Join(",", list[section]!["items"]!.AsArray().Select(i => (string)item(i!)["id"]!));

    static string Sections(JsonObject list) =>
        $"offers {Ids(list, "offers", o => o["case"]!)}; accepted {Ids(list, "accepted", c => c)}; to verify {Ids(list, "toVerify", c => c)}";

    [Fact]
    public async Task The_handler_and_the_reporter_each_see_their_own_lists_and_the_command_centre_sees_both()
    {
        var town = await Town.Create(gateway);
        var offered = await town.Dispatched();
        var accepted = await town.Dispatched();
        await town.Do(accepted, "accept", town.Handler);
        var resolved = await town.Dispatched();
        await town.Do(resolved, "accept", town.Handler);
        await town.Do(resolved, "resolve", town.Handler, new { result = "Cleared and swept" });

        var handlers = await Cases(gateway.As(town.Handler), town.Handler.Id);
        Assert.Equal($"offers {offered}; accepted {accepted}; to verify ", Sections(handlers));
        var offer = (await gateway.As(town.Operator).GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{offered}", Wire.Options))!;
        Assert.NotNull(offer.StageDueAt);
        Assert.Equal(offer.StageDueAt, handlers["offers"]!["items"]![0]!["acceptBy"]!.GetValue<DateTimeOffset>());
        Assert.Equal((1L, 1L, 0L), ((long)handlers["offers"]!["total"]!, (long)handlers["accepted"]!["total"]!, (long)handlers["toVerify"]!["total"]!));

        Assert.Equal($"offers ; accepted ; to verify {resolved}", Sections(await Cases(gateway.As(town.Reporter), town.Reporter.Id)));
        Assert.Equal($"offers {offered}; accepted {accepted}; to verify ", Sections(await Cases(gateway.As(town.Operator), town.Handler.Id)));
    }

    [Fact]
    public async Task Another_worker_and_another_towns_command_centre_are_refused_and_bad_input_names_the_parameter()
    {
        var town = await Town.Create(gateway);
        var other = await Town.Create(gateway);

        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.As(town.Reporter).GetAsync($"/api/v1/workers/{town.Handler.Id}/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.As(other.Operator).GetAsync($"/api/v1/workers/{town.Handler.Id}/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.As(town.Operator).GetAsync("/api/v1/workers/nobody-here/cases")).StatusCode);
        var bad = await gateway.As(town.Operator).GetAsync("/api/v1/workers/bad%20id!/cases");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["id"]);
    }
}
