using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GridActors.Gateway.Areas;
using GridActors.Incidents;
using GridActors.Tests.Api;
using NetTopologySuite.Features;
using static GridActors.Tests.Areas.MapGatewayFactory;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Areas;

/// <summary>The board's map over HTTP: an area's grids as GeoJSON, coloured by their open cases, with an
/// ETag, simplified for a zoom, and scoped as the board is.</summary>
public class AreaMapApiTests(MapGatewayFactory gateway) : IClassFixture<MapGatewayFactory>
{
    private static string[] CodesOf(JsonNode map) => [.. map["features"]!.AsArray().Select(f => f!["properties"]!["code"]!.GetValue<string>())];

    private static JsonNode FeatureOf(JsonNode map, string code) =>
        map["features"]!.AsArray().Single(f => f!["properties"]!["code"]!.GetValue<string>() == code)!;

    private async Task<HttpResponseMessage> Get(string path, Access.Actor? actor, string? ifNoneMatch = null)
    {
        using var http = gateway.As(actor);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await http.SendAsync(request);
    }

    private async Task<JsonNode> Map(string area, Access.Actor actor, string query = "")
    {
        var response = await Get($"/api/v1/areas/{area}/map{query}", actor);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task Report(Access.Actor actor, string grid, int column)
    {
        using var http = gateway.As(actor);
        var report = new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "路边垃圾", grid, Location: At(column + 0.5, 0.5));
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/v1/incidents", report, Wire.Options)).StatusCode);
    }

    [Fact]
    public async Task A_town_map_is_a_feature_collection_of_the_towns_grids_in_longitude_latitude_order()
    {
        var response = await Get($"/api/v1/areas/{TownCode}/map", Operator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Private);
        var map = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("FeatureCollection", map["type"]!.GetValue<string>());
        Assert.Equal([$"{TownCode}001-01", $"{TownCode}001-02", $"{TownCode}001-03", $"{TownCode}002-01", $"{TownCode}002-02"], CodesOf(map));
        Assert.Equal([West, South, West + 5 * Size, South + Size], map["bbox"]!.AsArray().Select(v => v!.GetValue<double>()), new Close());
        var first = FeatureOf(map, $"{TownCode}001-01");
        Assert.Equal("""{"code":"320412101001-01","name":"第01网格","type":"Community","village":"320412101001","town":"320412101","openCases":0,"worstLight":null,"alerts":0}""",
            first["properties"]!.ToJsonString(AreaMapTests.Readable));
        Assert.Equal("Polygon", first["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal([West, South], first["geometry"]!["coordinates"]![0]![0]!.AsArray().Select(v => v!.GetValue<double>()));
    }

    [Fact]
    public async Task A_village_map_has_only_the_villages_grids()
    {
        var map = await Map($"{TownCode}002", Operator);

        Assert.Equal([$"{TownCode}002-01", $"{TownCode}002-02"], CodesOf(map));
    }

    [Fact]
    public async Task A_case_reported_into_a_grid_colours_it_and_changes_the_ETag_which_nothing_else_does()
    {
        var path = $"/api/v1/areas/{TownCode}001/map";
        var before = (await Get(path, Operator)).Headers.ETag!;
        Assert.False(before.IsWeak);
        Assert.Equal(before, (await Get(path, Operator)).Headers.ETag);
        var unchanged = await Get(path, Operator, before.Tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(before, unchanged.Headers.ETag);

        await Report(Operator, $"{TownCode}001-02", 1);

        var after = await Get(path, Operator, before.Tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        var map = JsonNode.Parse(await after.Content.ReadAsStringAsync())!;
        Assert.Equal((1, "Green", 0), Lights(FeatureOf(map, $"{TownCode}001-02")));
        Assert.Equal((0, null, 0), Lights(FeatureOf(map, $"{TownCode}001-03")));

        // A case in another town is no change to this map.
        await Report(OtherOperator, $"{OtherTownCode}001-01", 5);
        Assert.Equal(HttpStatusCode.NotModified, (await Get(path, Operator, after.Headers.ETag!.Tag)).StatusCode);
    }

    private static (int, string?, int) Lights(JsonNode feature)
    {
        var p = feature["properties"]!;
        return (p["openCases"]!.GetValue<int>(), p["worstLight"]?.GetValue<string>(), p["alerts"]!.GetValue<int>());
    }

    [Fact]
    public async Task Zoom_8_draws_fewer_coordinates_than_full_detail_and_every_polygon_stays_valid()
    {
        var full = await Boundaries("");
        var zoomed = await Boundaries("?zoom=8");
        var close = await Boundaries("?zoom=18");

        Assert.Equal(Grids.Length, zoomed.Count);
        Assert.True(zoomed.Sum(f => f.Geometry.NumPoints) < full.Sum(f => f.Geometry.NumPoints),
            $"{zoomed.Sum(f => f.Geometry.NumPoints)} coordinates at zoom 8, {full.Sum(f => f.Geometry.NumPoints)} in full");
        Assert.All(zoomed, f => Assert.True(f.Geometry.IsValid, $"{f.Attributes["code"]} is not valid at zoom 8"));
        Assert.Equal(full.Select(f => f.Geometry.NumPoints), close.Select(f => f.Geometry.NumPoints));
        Assert.Equal(Zigzag + 5, full.Single(f => f.Attributes["code"]?.ToString() == $"{OtherTownCode}001-01").Geometry.NumPoints);
    }

    private async Task<IReadOnlyList<IFeature>> Boundaries(string query)
    {
        var response = await Get($"/api/v1/areas/{District}/map{query}", Admin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonSerializer.Deserialize<FeatureCollection>(await response.Content.ReadAsStringAsync(), MapJson.Options)!];
    }

    [Fact]
    public async Task Another_towns_operator_is_refused_as_on_the_board()
    {
        var map = await Get($"/api/v1/areas/{TownCode}/map", OtherOperator);
        var board = await Get($"/api/v1/areas/{TownCode}/board", OtherOperator);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (map.StatusCode, board.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get($"/api/v1/areas/{TownCode}/map", null)).StatusCode);
    }

    [Theory]
    [InlineData("32041", "", "code")]
    [InlineData("320412101001-x", "", "code")]
    [InlineData(TownCode, "?zoom=23", "zoom")]
    [InlineData(TownCode, "?zoom=-1", "zoom")]
    [InlineData(TownCode, "?zoom=8.5", "zoom")]
    [InlineData(TownCode, "?zoom=eight", "zoom")]
    public async Task A_bad_code_or_zoom_is_a_problem_naming_it(string area, string query, string field)
    {
        var response = await Get($"/api/v1/areas/{area}/map{query}", Operator);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    /// <summary>Degrees equal to far below a millimetre: the tiles' corners are sums of decimals.</summary>
    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;
        public int GetHashCode(double obj) => 0;
    }
}
