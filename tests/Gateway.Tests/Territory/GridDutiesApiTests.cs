using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Territory;
using GridActors.Tests.Api;

namespace GridActors.Tests.Territory;

[Collection(GatewayCollection.Name)]
public class GridDutiesApiTests(GatewayFactory gateway)
{
    [Fact]
    public async Task Supervisors_set_the_patrol_cadence_and_the_grids_workers_record_patrols()
    {
        var town = await Town.Create(gateway);
        var path = $"/api/v1/grids/{town.Grid}";
        using var supervisor = gateway.As(town.Supervisor);
        using var op = gateway.As(town.Operator);
        using var worker = gateway.As(town.Handler);

        var set = await supervisor.PutAsJsonAsync($"{path}/patrol-cadence", new { cadence = "12:00:00" }, Wire.Options);
        Assert.Equal(TimeSpan.FromHours(12), (await set.Content.ReadFromJsonAsync<GridDuties>(Wire.Options))!.PatrolCadence);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutAsJsonAsync($"{path}/patrol-cadence", new { cadence = "12:00:00" }, Wire.Options)).StatusCode);
        var tooShort = await supervisor.PutAsJsonAsync($"{path}/patrol-cadence", new { cadence = "00:10:00" }, Wire.Options);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.True(JsonNode.Parse(await tooShort.Content.ReadAsStringAsync())!["errors"]!["cadence"] is not null);

        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsync($"{path}/patrols", null)).StatusCode);
        var patrolled = (await (await worker.PostAsync($"{path}/patrols", null)).Content.ReadFromJsonAsync<GridDuties>(Wire.Options))!;
        Assert.Equal(patrolled.LastPatrolAt + TimeSpan.FromHours(12), patrolled.PatrolDueAt);
        var read = (await op.GetFromJsonAsync<GridDuties>($"{path}/duties", Wire.Options))!;
        Assert.Equal((patrolled.LastPatrolAt, patrolled.PatrolDueAt, TimeSpan.FromHours(12)), (read.LastPatrolAt, read.PatrolDueAt, read.PatrolCadence));
    }
}
