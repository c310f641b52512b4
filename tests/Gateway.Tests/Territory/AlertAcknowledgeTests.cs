using System.Net;
using System.Net.Http.Json;
using GridActors.Tests.Api;
using GridActors.Territory;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Territory;

/// <summary>An operator acknowledges a grid's alert: recorded with who and when, once, pushed to the
/// boards of the grid's areas, and refused to anyone outside the command centre watching the grid.</summary>
[Collection(GatewayCollection.Name)]
public class AlertAcknowledgeTests(GatewayFactory gateway)
{
    [Fact]
    public async Task The_towns_operator_acknowledges_an_alert_once_and_every_board_of_its_areas_shows_who_and_when()
    {
        var (town, alert) = await TownWithAlert();
        await using var board = gateway.Hub("/hubs/board", town.Operator);
        var acknowledged = new Recorder<Alert>(board, "alertAcknowledged");
        var cleared = new Recorder<Alert>(board, "alertCleared");
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", town.Code);
        using var http = gateway.As(town.Operator);
        var route = $"/api/v1/grids/{town.Grid}/alerts/{alert.Id}/acknowledge";

        var before = DateTimeOffset.UtcNow;
        var first = await http.PostAsync(route, null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = (await first.Content.ReadFromJsonAsync<Alert>(Wire.Options))!;
        Assert.Equal(town.Operator.Id, answer.AcknowledgedBy);
        Assert.InRange(answer.AcknowledgedAt!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(alert with { AcknowledgedBy = answer.AcknowledgedBy, AcknowledgedAt = answer.AcknowledgedAt }, answer);

        await acknowledged.WaitFor(r => r.Contains(answer));
        foreach (var area in new[] { town.Grid, town.Village, town.Code })
            Assert.Contains(answer, (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{area}/board", Wire.Options))!.Alerts);

        // A second operator's press, or the first's again, keeps the first acknowledgement and pushes nothing new.
        using var supervisor = gateway.As(town.Supervisor);
        var again = await supervisor.PostAsync(route, null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(answer, await again.Content.ReadFromJsonAsync<Alert>(Wire.Options));
        // A late repeat of the alert's raising does not undo the acknowledgement either.
        await Grid(town).TrackAlert(alert);
        Assert.Equal(answer, (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{town.Code}/board", Wire.Options))!.Alerts.Single(a => a.Id == alert.Id));
        // Pushes keep the grid's order: once the clearing has arrived, any second acknowledgement would have too.
        await Grid(town).TrackAlert(alert with { ClearedAt = alert.RaisedAt.AddHours(1) });
        await cleared.WaitFor(c => c.Any(a => a.Id == alert.Id));
        Assert.Single(acknowledged.Received);
    }

    [Fact]
    public async Task Workers_another_towns_operator_and_an_unknown_alert_are_refused_and_nothing_is_recorded()
    {
        var (town, alert) = await TownWithAlert();
        var other = await Town.Create(gateway);
        var route = $"/api/v1/grids/{town.Grid}/alerts/{alert.Id}/acknowledge";

        using var worker = gateway.As(town.Reporter);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync(route, null)).StatusCode);
        using var stranger = gateway.As(other.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync(route, null)).StatusCode);
        using var http = gateway.As(town.Operator);
        var unknown = await http.PostAsync($"/api/v1/grids/{town.Grid}/alerts/{town.Grid}:patrol:0/acknowledge", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        var held = (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{town.Code}/board", Wire.Options))!.Alerts.Single(a => a.Id == alert.Id);
        Assert.Equal(alert, held);
    }

    private async Task<(Town Town, Alert Alert)> TownWithAlert()
    {
        var town = await Town.Create(gateway);
        var at = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
        var alert = new Alert($"{town.Grid}:visit:e1:1764464400", town.Grid, AlertKind.VisitOverdue, at, null, "visit overdue for a key-person register entry");
        await Grid(town).TrackAlert(alert);
        return (town, alert);
    }

    private IGridGrain Grid(Town town) => gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<IGridGrain>(town.Grid);
}
