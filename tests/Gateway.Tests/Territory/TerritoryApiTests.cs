using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Api;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Territory;

/// <summary>The territory over HTTP, on a district of four square grids that Town.cs never uses.</summary>
[Collection(GatewayCollection.Name)]
public class TerritoryApiTests(GatewayFactory gateway)
{
    private const string District = "320499";
    private static readonly Actor Admin = new("admin", Role.Admin, District);
    private static readonly Actor Operator = new("op-320499", Role.Operator, District);

    private static string Grid(int number) => $"{District}101001-{number:D2}";

    private static string File(double secondColumn = 1) => Collection(
        Feature(Grid(1), Polygon(Ring(0, 0, 1, 1))),
        Feature(Grid(2), Polygon(Ring(secondColumn, 0, 1, 1))),
        Feature(Grid(3), Polygon(Ring(0, 1, 1, 1))),
        Feature(Grid(4), Polygon(Ring(1, 1, 1, 1))));

    private async Task<HttpResponseMessage> Import(Actor actor, string file, string query = "")
    {
        using var http = gateway.As(actor);
        return await http.PostAsync($"/api/v1/territory/import{query}", new StringContent(file, Encoding.UTF8, "application/geo+json"));
    }

    /// <summary>Imports the four grids; importing them again in a later test changes nothing.</summary>
    private async Task Imported()
    {
        var response = await Import(Admin, File());
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<GridLocation> Locate(GeoPoint point)
    {
        using var http = gateway.As(Operator);
        return (await http.GetFromJsonAsync<GridLocation>(FormattableString.Invariant($"/api/v1/territory/locate?lat={point.Latitude}&lon={point.Longitude}"), Wire.Options))!;
    }

    [Fact]
    public async Task A_point_inside_a_grid_is_located_with_its_area_path()
    {
        await Imported();

        var located = await Locate(At(1.5, 0.5));

        Assert.Equal((Grid(2), "InGrid"), (located.GridCode, located.Reason));
        Assert.Equal([$"{District}101001", $"{District}101", District], located.AreaPath);
    }

    [Fact]
    public async Task A_point_outside_every_grid_has_no_grid_and_says_why()
    {
        await Imported();

        var located = await Locate(At(5, 5));

        Assert.Null(located.GridCode);
        Assert.Equal("OutsideTerritory", located.Reason);
        Assert.StartsWith("not inside any grid", located.Detail);
    }

    [Theory]
    [InlineData("lat=north&lon=119.95", "lat")]
    [InlineData("lat=91&lon=119.95", "lat")]
    [InlineData("lon=119.95", "lat")]
    [InlineData("lat=31.7&lon=181", "lon")]
    public async Task A_bad_coordinate_is_a_problem_naming_it(string query, string field)
    {
        using var http = gateway.As(Operator);
        var response = await http.GetAsync($"/api/v1/territory/locate?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Only_an_admin_imports_and_an_unclean_file_is_422_with_its_findings()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Import(Operator, File())).StatusCode);

        var overlapping = await Import(Admin, File(secondColumn: 0.5));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlapping.StatusCode);
        var findings = JsonNode.Parse(await overlapping.Content.ReadAsStringAsync())!["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["kind"]!.GetValue<string>() == "Overlap" && f["code"]!.GetValue<string>() == Grid(1));

        var dryRun = await Import(Admin, File(), "?dryRun=true");
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        await Imported();
    }

    [Fact]
    public async Task A_file_that_is_not_geojson_by_its_content_type_is_refused_naming_it()
    {
        using var http = gateway.As(Admin);
        var response = await http.PostAsync("/api/v1/territory/import", new StringContent(File(), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["Content-Type"]);
    }

    [Fact]
    public async Task A_file_over_20_MB_is_413_naming_the_body()
    {
        var response = await Import(Admin, new string(' ', 20 * 1024 * 1024 + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["body"]);
    }

    [Fact]
    public async Task A_report_by_position_lands_in_the_grid_the_point_lies_in()
    {
        await Imported();
        using var http = gateway.As(Operator);

        var response = await http.PostAsJsonAsync("/api/v1/incidents",
            new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "Rubbish by the gate", null, Location: At(0.5, 1.5)), Wire.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Grid(3), (await response.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.GridCode);
    }

    [Fact]
    public async Task A_report_at_a_point_in_no_grid_is_refused_naming_the_location()
    {
        await Imported();
        using var http = gateway.As(Operator);

        var response = await http.PostAsJsonAsync("/api/v1/incidents",
            new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "Rubbish far away", null, Location: At(5, 5)), Wire.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["location"]![0]!.GetValue<string>();
        Assert.StartsWith("not inside any grid", reason);
    }
}
