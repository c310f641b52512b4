using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using Microsoft.AspNetCore.SignalR.Client;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Api;

/// <summary>A gateway of its own: its territory is two towns' grids side by side, which the shared
/// gateway's territory (another district's) may not be replaced by.</summary>
public sealed class TwoTownsGatewayFactory : GatewayFactory;

/// <summary>A report near another town's open case of the same category: who is told that case's id.</summary>
public class DuplicateVisibilityTests(TwoTownsGatewayFactory gateway) : IClassFixture<TwoTownsGatewayFactory>
{
    private const string Ours = "320412101001-01";
    private const string Theirs = "320412102001-01";
    private static readonly Actor Admin = new("admin", Role.Admin, "320412");
    private static readonly Actor DistrictOperator = new("op-320412", Role.Operator, "320412");
    private static readonly Actor OurOperator = new("op-320412101", Role.Operator, "320412101");
    private static readonly Actor TheirOperator = new("op-320412102", Role.Operator, "320412102");
    private static readonly Actor OurWorker = new("w-ours", Role.Worker, Ours);

    [Fact]
    public async Task A_worker_s_report_near_another_town_s_open_case_does_not_reveal_its_id_and_the_district_s_operator_sees_it()
    {
        using (var admin = gateway.As(Admin))
        {
            var territory = Collection(Feature(Ours, Polygon(Ring(0, 0, 1, 1))), Feature(Theirs, Polygon(Ring(1, 0, 1, 1))));
            var imported = await admin.PostAsync("/api/v1/territory/import", new StringContent(territory, Encoding.UTF8, "application/geo+json"));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }
        var theirCase = await Reported(TheirOperator, Theirs, 1.05);
        await using var district = await Watching(DistrictOperator, "320412");
        await using var town = await Watching(OurOperator, "320412101");
        var districtSaw = new Recorder<IncidentSummary>(district, "incidentChanged");
        var townSaw = new Recorder<IncidentSummary>(town, "incidentChanged");

        // About 9 m west of the towns' shared edge; their case is about 9 m east of it.
        var ours = await Reported(OurWorker, Ours, 0.95);

        Assert.Equal([], ours.LikelyDuplicateOf);
        Assert.Equal([], (await Read(OurWorker, ours.Id)).LikelyDuplicateOf);
        Assert.Equal([], (await Read(OurOperator, ours.Id)).LikelyDuplicateOf);
        Assert.Equal([theirCase.Id], (await Read(DistrictOperator, ours.Id)).LikelyDuplicateOf);
        Assert.Empty(await DuplicatesInLog(OurOperator, ours.Id));
        Assert.Equal(theirCase.Id, Assert.Single(await DuplicatesInLog(DistrictOperator, ours.Id)));
        await Task.WhenAll(districtSaw.WaitFor(r => r.Any(s => s.Id == ours.Id)), townSaw.WaitFor(r => r.Any(s => s.Id == ours.Id)));
        Assert.Equal([theirCase.Id], districtSaw.Received.Last(s => s.Id == ours.Id).LikelyDuplicateOf);
        Assert.Equal([], townSaw.Received.Last(s => s.Id == ours.Id).LikelyDuplicateOf);
        Assert.Equal([], (await town.InvokeAsync<AreaBoard>("WatchArea", "320412101")).Open.Single(s => s.Id == ours.Id).LikelyDuplicateOf);
        // On the district's board both cases are listed, and the duplicate is decided by its grid alone.
        Assert.Equal([theirCase.Id], (await district.InvokeAsync<AreaBoard>("WatchArea", "320412")).Open.Single(s => s.Id == ours.Id).LikelyDuplicateOf);
        using var http = gateway.As(OurOperator);
        Assert.Equal([], (await http.GetFromJsonAsync<AreaBoard>("/api/v1/areas/320412101/board", Wire.Options))!.Open.Single(s => s.Id == ours.Id).LikelyDuplicateOf);
    }

    private async Task<IncidentView> Reported(Actor reporter, string grid, double column)
    {
        using var http = gateway.As(reporter);
        var report = new Report(IncidentSource.Patrol, "environment.rubbish", Urgency.Normal, "Rubbish heap by the town line", grid, Location: At(column, 0.5));
        var response = await http.PostAsJsonAsync("/api/v1/incidents", report, Wire.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
    }

    private async Task<IncidentView> Read(Actor reader, string id)
    {
        using var http = gateway.As(reader);
        return (await http.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!;
    }

    /// <summary>The duplicates named by the case's report event, as its events endpoint shows them to the reader.</summary>
    private async Task<string[]> DuplicatesInLog(Actor reader, string id)
    {
        using var http = gateway.As(reader);
        var events = await http.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}/events");
        return [.. events[0].GetProperty("data").GetProperty("likelyDuplicateOf").EnumerateArray().Select(e => e.GetString()!)];
    }

    private async Task<HubConnection> Watching(Actor watcher, string area)
    {
        var board = gateway.Hub("/hubs/board", watcher);
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", area);
        return board;
    }
}
