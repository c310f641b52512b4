using System.Text;
using System.Text.Json.Nodes;
using GridActors.Gateway.Areas;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Areas;

/// <summary>The map's simplification and GeoJSON writing as plain code: no silo, no HTTP.</summary>
public class AreaMapTests
{
    private const string Grid = "320412101001-01";

    /// <summary>Writes Chinese as it is, so an expected text can be read.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A 0.01° square (about a kilometre) whose four edges each wander through 50 points a few metres off the line.</summary>
    private static AreaOutline Outline()
    {
        const double west = 119.95, south = 31.70, size = 0.01, wander = 0.00003;
        var points = new List<(double X, double Y)>();
        for (var i = 0; i < 50; i++) points.Add((west + size * i / 50, south - wander * (i % 2)));
        for (var i = 0; i < 50; i++) points.Add((west + size + wander * (i % 2), south + size * i / 50));
        for (var i = 0; i < 50; i++) points.Add((west + size - size * i / 50, south + size + wander * (i % 2)));
        for (var i = 0; i < 50; i++) points.Add((west - wander * (i % 2), south + size - size * i / 50));
        points.Add(points[0]);
        var ring = string.Join(",", points.Select(p => FormattableString.Invariant($"[{p.X:R},{p.Y:R}]")));
        return new AreaOutline("v1", [new GridShape(Grid, "运河边第一网格", GridType.School, $$"""{"type":"Polygon","coordinates":[[{{ring}}]]}""")]);
    }

    [Fact]
    public void A_pixel_at_zoom_0_on_the_equator_is_the_earths_circumference_over_256()
    {
        Assert.Equal(156_543.034, MapZoom.MetresPerPixel(0, 0), 3);
        Assert.Equal(MapZoom.MetresPerPixel(0, 60) / 2, MapZoom.MetresPerPixel(1, 60), 9);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(15)]
    public void A_boundary_simplified_for_a_zoom_keeps_fewer_points_and_stays_a_valid_polygon(int zoom)
    {
        var outline = Outline();

        var simplified = outline.Boundaries(zoom).Single();

        Assert.True(simplified.NumPoints < outline.Grids[0].Boundary.NumPoints, $"{simplified.NumPoints} points at zoom {zoom}");
        Assert.True(simplified.IsValid);
        Assert.Equal("Polygon", simplified.GeometryType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(18)]
    [InlineData(22)]
    public void Without_a_zoom_or_close_up_the_boundary_goes_out_whole(int? zoom)
    {
        var outline = Outline();

        Assert.Same(outline.Grids[0].Boundary, outline.Boundaries(zoom).Single());
    }

    [Fact]
    public void A_zoom_in_between_keeps_every_point_that_lies_a_pixel_or_more_off_the_line()
    {
        // At zoom 17 a pixel is about a metre at this latitude; the edges wander by over 3 m.
        Assert.Equal(Outline().Grids[0].Boundary.NumPoints, Outline().Boundaries(17).Single().NumPoints);
    }

    [Fact]
    public void The_map_is_written_as_a_feature_collection_with_its_bbox_and_the_grids_lights()
    {
        var outline = Outline();

        var json = Encoding.UTF8.GetString(AreaMap.Write(AreaMap.Build(outline, null, [new GridLight(Grid, 3, Light.Yellow, 1)])));

        var map = JsonNode.Parse(json)!;
        Assert.Equal("FeatureCollection", map["type"]!.GetValue<string>());
        var box = outline.Grids[0].Boundary.EnvelopeInternal;
        Assert.Equal([box.MinX, box.MinY, box.MaxX, box.MaxY], map["bbox"]!.AsArray().Select(v => v!.GetValue<double>()));
        var feature = map["features"]!.AsArray().Single()!;
        Assert.Equal("""{"code":"320412101001-01","name":"运河边第一网格","type":"School","village":"320412101001","town":"320412101","openCases":3,"worstLight":"Yellow","alerts":1}""",
            feature["properties"]!.ToJsonString(Readable));
        Assert.Contains("运河边第一网格", json);
        Assert.Equal([119.95, 31.70], feature["geometry"]!["coordinates"]![0]![0]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal([box.MinX, box.MinY, box.MaxX, box.MaxY], feature["bbox"]!.AsArray().Select(v => v!.GetValue<double>()));
    }

    [Fact]
    public void The_tag_follows_the_version_the_zoom_as_drawn_and_the_lights_and_nothing_else()
    {
        var outline = Outline();
        GridLight[] none = [];
        var tag = MapTag.Of(outline, null, none);

        Assert.Equal(tag, MapTag.Of(outline, null, none));
        Assert.Equal(tag, MapTag.Of(outline, 18, none));
        Assert.Equal(tag, MapTag.Of(outline, null, [new GridLight("320412101001-99", 1, Light.Red, 0)]));
        Assert.NotEqual(tag, MapTag.Of(outline, 17, none));
        Assert.NotEqual(tag, MapTag.Of(outline, null, [new GridLight(Grid, 1, Light.Green, 0)]));
        Assert.NotEqual(MapTag.Of(outline, null, [new GridLight(Grid, 1, Light.Green, 0)]), MapTag.Of(outline, null, [new GridLight(Grid, 1, Light.Yellow, 0)]));
        Assert.NotEqual(tag, MapTag.Of(new AreaOutline("v2", []), null, none));
        Assert.False(tag.IsWeak);
    }
}
