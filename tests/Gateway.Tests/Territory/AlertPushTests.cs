using System.Net.Http.Json;
using GridActors.Tests.Api;
using GridActors.Territory;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Territory;

/// <summary>A grid's alerts reach the boards of its areas: pushed live, in the board snapshot and in
/// the changes since a watermark.
/// The alert is handed to the grid as its register would; when alerts are raised is the grain
/// tests' business (they own the clock).</summary>
[Collection(GatewayCollection.Name)]
public class AlertPushTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_town_board_receives_alertRaised_then_alertCleared_and_its_snapshot_lists_the_open_alert()
    {
        var town = await Town.Create(gateway);
        await using var board = gateway.Hub("/hubs/board", town.Operator);
        var raised = new Recorder<Alert>(board, "alertRaised");
        var cleared = new Recorder<Alert>(board, "alertCleared");
        await board.StartAsync();
        var snapshot = await board.InvokeAsync<AreaBoard>("WatchArea", town.Code);

        var at = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
        var alert = new Alert($"{town.Grid}:visit:e1:1764464400", town.Grid, AlertKind.VisitOverdue, at, null, "visit overdue for a key-person register entry");
        var grid = gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<IGridGrain>(town.Grid);
        await grid.TrackAlert(alert);

        await raised.WaitFor(r => r.Contains(alert));
        using var http = gateway.As(town.Operator);
        foreach (var area in new[] { town.Grid, town.Village, town.Code })
            Assert.Contains(alert, (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{area}/board", Wire.Options))!.Alerts);
        // A board that missed the push finds it in what changed since its snapshot.
        Assert.Contains(alert, (await http.GetFromJsonAsync<AreaChanges>($"/api/v1/areas/{town.Code}/board?since={snapshot.Watermark}", Wire.Options))!.Alerts);

        await grid.TrackAlert(alert with { ClearedAt = at.AddHours(2) });
        await cleared.WaitFor(c => c.Any(a => a.Id == alert.Id && a.ClearedAt == at.AddHours(2)));
        Assert.DoesNotContain(alert.Id, (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{town.Code}/board", Wire.Options))!.Alerts.Select(a => a.Id));
        Assert.Single(raised.Received, r => r.Id == alert.Id);
    }
}
