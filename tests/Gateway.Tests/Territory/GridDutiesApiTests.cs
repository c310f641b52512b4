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
    public async Task Supervisors_set_the_patrol_cadence_and_the_grids_workers_read_their_duties()
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

        // Patrols are recorded by walking them (PatrolTests); an operator starts none.
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsync($"{path}/patrols", null)).StatusCode);
        var read = (await worker.GetFromJsonAsync<GridDuties>($"{path}/duties", Wire.Options))!;
        Assert.Equal((null, TimeSpan.FromHours(12)), (read.LastPatrolAt, read.PatrolCadence));
    }
}
