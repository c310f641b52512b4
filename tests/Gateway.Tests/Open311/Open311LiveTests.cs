using System.Net.Http.Json;
using System.Xml.Linq;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Api;
using Microsoft.AspNetCore.SignalR.Client;
using static GridActors.Tests.Open311.Open311GatewayFactory;

namespace GridActors.Tests.Open311;

/// <summary>A hotline case reported through Open311 is a case like any other: the town's board sees it
/// arrive live, the operator files it, the platform dispatches it to the grid's worker on duty, and
/// Open311 tells the hotline each step until the case is closed.</summary>
[Collection(Open311Collection.Name)]
public class Open311LiveTests(Open311GatewayFactory gateway)
{
    private const string Scope = "api_key=" + Key + "&jurisdiction_id=" + District;

    [Fact]
    public async Task A_case_reported_through_Open311_shows_on_the_board_live_is_dispatched_and_reads_closed_once_closed()
    {
        await using var board = gateway.Board(Operator);
        var changes = new Recorder<IncidentSummary>(board, "incidentChanged");
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", Operator.Scope);

        var (id, _) = await gateway.Reported();
        await changes.WaitFor(c => c.Any(s => s.Id == id && s.Status == IncidentStatus.Reported));

        await Do(id, "file", Operator);
        await changes.WaitFor(c => c.Any(s => s.Id == id && s.Status == IncidentStatus.Dispatched));
        var dispatched = await Read(id);
        Assert.Equal(("open", "Dispatched (派遣)", $"Grid {Grid}"),
            ((string)dispatched.Element("status")!, (string)dispatched.Element("status_notes")!, (string)dispatched.Element("agency_responsible")!));
        Assert.EndsWith("+08:00", (string)dispatched.Element("expected_datetime")!);

        await Do(id, "accept", Handler);
        await Do(id, "resolve", Handler, new { result = "清理完毕" });
        await Do(id, "verify", Operator);
        Assert.Equal("open", (string)(await Read(id)).Element("status")!);
        var closed = await Do(id, "close", Operator);

        Assert.Equal(IncidentStatus.Closed, closed.Status);
        var read = await Read(id);
        Assert.Equal(("closed", "Closed (结案)"), ((string)read.Element("status")!, (string)read.Element("status_notes")!));
        var (_, listed) = await gateway.GetXml($"/open311/v2/requests.xml?{Scope}&status=closed");
        Assert.Contains(listed.Root!.Elements("request"), r => (string)r.Element("service_request_id")! == id);
        await changes.WaitFor(c => c.Any(s => s.Id == id && s.Status == IncidentStatus.Closed));
        Assert.Equal(
            [IncidentStatus.Reported, IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.Resolved, IncidentStatus.Verified, IncidentStatus.Closed],
            changes.Received.Where(s => s.Id == id).Select(s => s.Status));
    }

    private async Task<XElement> Read(string id)
    {
        var (status, xml) = await gateway.GetXml($"/open311/v2/requests/{id}.xml?{Scope}");
        Assert.Equal(200, status);
        return Assert.Single(xml.Root!.Elements("request"));
    }

    private async Task<IncidentView> Do(string id, string command, Actor actor, object? body = null)
    {
        using var http = gateway.Http(actor);
        var response = await http.PostAsJsonAsync($"/api/v1/incidents/{id}/{command}", body ?? new { }, Wire.Options);
        Assert.True(response.IsSuccessStatusCode, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
    }
}
