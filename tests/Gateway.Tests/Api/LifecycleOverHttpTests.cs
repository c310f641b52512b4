using System.Net;
using System.Net.Http.Json;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Api;

[Collection(GatewayCollection.Name)]
public class LifecycleOverHttpTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_case_goes_its_whole_life_over_REST_while_the_operator_watches_every_step_in_order()
    {
        var town = await Town.Create(gateway);
        await using var board = gateway.Hub("/hubs/board", town.Operator);
        var changes = new Recorder<IncidentSummary>(board, "incidentChanged");
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", town.Code);
        await using var app = gateway.Hub("/hubs/worker", town.Handler);
        var offers = new Recorder<Assignment>(app, "assignmentOffered");
        await app.StartAsync();

        var id = await town.Reported();
        // Filing is enough: the platform offers the case to the grid's worker on duty.
        await town.Do(id, "file", town.Operator);
        await offers.WaitFor(o => o.Any(a => a.IncidentId == id));
        using (var worker = gateway.As(town.Handler))
            Assert.Equal(HttpStatusCode.OK, (await worker.PostAsync($"/api/v1/workers/{town.Handler.Id}/assignments/{id}/acknowledge", null)).StatusCode);
        await town.Do(id, "resolve", town.Handler, new { result = "Cleared, two bags", photoUrls = new[] { "https://photos.example/1.jpg" } });
        await town.Do(id, "verify", town.Reporter, new { note = "Checked on site" });
        await town.Do(id, "close", town.Operator);
        var evaluated = await town.Do(id, "evaluate", town.Operator, new { satisfaction = 5 });

        await changes.WaitFor(c => c.Any(s => s.Id == id && s.Version == 8));
        var seen = changes.Received.Where(s => s.Id == id).ToList();
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8], seen.Select(s => s.Version));
        Assert.Equal(
            [IncidentStatus.Reported, IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted,
             IncidentStatus.Resolved, IncidentStatus.Verified, IncidentStatus.Closed, IncidentStatus.Evaluated],
            seen.Select(s => s.Status));
        Assert.Equal((8L, IncidentStatus.Evaluated, 5), (evaluated.Version, evaluated.Status, evaluated.Satisfaction));
        Assert.Equal(3L, Assert.Single(offers.Received, a => a.IncidentId == id).Version);
    }

    [Fact]
    public async Task Reading_a_case_returns_its_file_with_the_version_as_ETag()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        using var http = gateway.As(town.Operator);

        var response = await http.GetAsync($"/api/v1/incidents/{id}");

        Assert.Equal("\"3\"", response.Headers.ETag!.Tag);
        var view = (await response.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
        Assert.Equal((IncidentStatus.Dispatched, HandlingLevel.Grid, town.Handler.Id), (view.Status, view.Level, view.Handler));
        Assert.Equal([EventKind.Reported, EventKind.Filed, EventKind.Dispatched], view.History.Select(e => e.Kind));
        Assert.Equal(TimeSpan.FromHours(8), view.DueAt!.Value.Offset);
        // The acceptance clock runs from the dispatch, and the light is shown by name.
        Assert.True(view.StageDueAt > view.History[^1].At);
        Assert.Matches("\"light\":\"(Green|Yellow|Red)\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task If_Match_makes_a_command_conditional_on_the_version()
    {
        var town = await Town.Create(gateway);
        var id = await town.Reported();
        using var http = gateway.As(town.Operator);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{id}/file") { Content = JsonContent.Create(new { }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"7\""));
        var refused = await http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(IncidentStatus.Reported, (await http.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!.Status);

        var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{id}/file") { Content = JsonContent.Create(new { }) };
        current.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(current)).StatusCode);
    }

    [Fact]
    public async Task Worker_duty_and_heartbeat_reach_the_board_as_worker_changes()
    {
        var town = await Town.Create(gateway);
        await using var board = gateway.Hub("/hubs/board", town.Operator);
        var workers = new Recorder<WorkerSummary>(board, "workerChanged");
        await board.StartAsync();
        var snapshot = await board.InvokeAsync<AreaBoard>("WatchArea", town.Grid);
        Assert.Contains(snapshot.Workers, w => w.Id == town.Handler.Id);

        using var app = gateway.As(town.Handler);
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsJsonAsync($"/api/v1/workers/{town.Handler.Id}/duty", new { duty = "OnPatrol" }, Wire.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsJsonAsync($"/api/v1/workers/{town.Handler.Id}/heartbeat", new GeoPoint(31.71, 119.96), Wire.Options)).StatusCode);

        await workers.WaitFor(w => w.Any(s => s.Id == town.Handler.Id && s.LastPosition is not null));
        var last = workers.Received.Last(s => s.Id == town.Handler.Id);
        Assert.Equal((DutyStatus.OnPatrol, new GeoPoint(31.71, 119.96)), (last.Duty, last.LastPosition));
    }

    [Fact]
    public async Task An_operator_offers_an_unaccepted_case_to_another_worker_of_the_grid()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();

        var view = await town.Do(id, "reoffer", town.Operator, new { handler = town.Reporter.Id, reason = "w2 is out on a call" });

        Assert.Equal((IncidentStatus.Dispatched, town.Reporter.Id), (view.Status, view.Handler));
        using var http = gateway.As(town.Reporter);
        var pending = (await http.GetFromJsonAsync<IReadOnlyList<Assignment>>($"/api/v1/workers/{town.Reporter.Id}/assignments", Wire.Options))!;
        Assert.Equal([id], pending.Select(a => a.IncidentId));
        using var handler = gateway.As(town.Handler);
        Assert.Empty((await handler.GetFromJsonAsync<IReadOnlyList<Assignment>>($"/api/v1/workers/{town.Handler.Id}/assignments", Wire.Options))!);
    }
}
