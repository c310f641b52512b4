using System.Net.Http.Json;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Api;

[Collection(GatewayCollection.Name)]
public class ReconnectTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_worker_who_disconnects_before_acknowledging_is_offered_the_case_again_on_reconnect()
    {
        var town = await Town.Create(gateway);
        var first = gateway.Hub("/hubs/worker", town.Handler);
        var firstOffers = new Recorder<Assignment>(first, "assignmentOffered");
        await first.StartAsync();
        var id = await town.Dispatched();
        await firstOffers.WaitFor(o => o.Any(a => a.IncidentId == id));
        await first.DisposeAsync();

        await using var second = gateway.Hub("/hubs/worker", town.Handler);
        var secondOffers = new Recorder<Assignment>(second, "assignmentOffered");
        await second.StartAsync();
        await secondOffers.WaitFor(o => o.Any(a => a.IncidentId == id));
        Assert.Equal([id], (await second.InvokeAsync<IReadOnlyList<Assignment>>("Pending")).Select(a => a.IncidentId));

        Assert.Equal(4L, await second.InvokeAsync<long>("Acknowledge", id));
        await using var third = gateway.Hub("/hubs/worker", town.Handler);
        await third.StartAsync();
        Assert.Empty(await third.InvokeAsync<IReadOnlyList<Assignment>>("Pending"));
    }

    [Fact]
    public async Task Acknowledging_twice_after_a_lost_answer_accepts_once()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        await using var app = gateway.Hub("/hubs/worker", town.Handler);
        await app.StartAsync();

        Assert.Equal(4L, await app.InvokeAsync<long>("Acknowledge", id));
        Assert.Equal(4L, await app.InvokeAsync<long>("Acknowledge", id));
        using var http = gateway.As(town.Operator);
        var view = (await http.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!;
        Assert.Equal(1, view.History.Count(e => e.Kind == EventKind.Accepted));
    }

    [Fact]
    public async Task A_board_that_missed_pushes_catches_up_from_its_watermark_with_each_change_once()
    {
        var town = await Town.Create(gateway);
        var before = await town.Dispatched();
        var board = gateway.Hub("/hubs/board", town.Operator);
        await board.StartAsync();
        var snapshot = await board.InvokeAsync<AreaBoard>("WatchArea", town.Code);
        await board.DisposeAsync();

        // While the board is away: one case moves twice, one is new, one is closed out of the open list.
        await town.Do(before, "accept", town.Handler);
        await town.Do(before, "resolve", town.Handler, new { result = "done" });
        var fresh = await town.Reported("New heap");
        var rejected = await town.Reported("Duplicate heap");
        await town.Do(rejected, "reject", town.Operator, new { reason = "duplicate" });

        using var http = gateway.As(town.Operator);
        var changes = (await http.GetFromJsonAsync<AreaChanges>($"/api/v1/areas/{town.Code}/board?since={snapshot.Watermark}", Wire.Options))!;

        Assert.False(changes.Reset);
        Assert.Equal(new[] { before, fresh, rejected }.Order(), changes.Incidents.Select(i => i.Id).Order());
        Assert.Equal((5L, IncidentStatus.Resolved), changes.Incidents.Where(i => i.Id == before).Select(i => (i.Version, i.Status)).Single());
        Assert.Equal(IncidentStatus.Rejected, changes.Incidents.Single(i => i.Id == rejected).Status);
        Assert.Equal((2, 1), (changes.Counts.Open, changes.Counts.Rejected));

        var again = (await http.GetFromJsonAsync<AreaChanges>($"/api/v1/areas/{town.Code}/board?since={changes.Watermark}", Wire.Options))!;
        Assert.Empty(again.Incidents);
        Assert.Equal(changes.Watermark, again.Watermark);
    }

    [Fact]
    public async Task A_watermark_from_another_life_of_the_area_asks_for_a_fresh_board()
    {
        var town = await Town.Create(gateway);
        using var http = gateway.As(town.Operator);
        var changes = (await http.GetFromJsonAsync<AreaChanges>($"/api/v1/areas/{town.Code}/board?since=0123456789ab-5", Wire.Options))!;
        Assert.True(changes.Reset);
    }
}
