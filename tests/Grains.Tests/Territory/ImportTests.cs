using GridActors.Territory;
using GridActors.Territory.Geometry;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Territory;

public class ImportTests
{
    private static readonly string TwoByTwo = Collection(Square(1, 0, 0), Square(2, 1, 0), Square(3, 0, 1), Square(4, 1, 1));

    [Fact]
    public void A_clean_file_has_no_findings_and_every_grid_with_its_areas()
    {
        var report = TerritoryImport.Read(TwoByTwo);

        Assert.Empty(report.Findings);
        Assert.True(report.IsClean);
        Assert.Equal(["320412101001-01", "320412101001-02", "320412101001-03", "320412101001-04"], report.Grids.Select(g => g.Code));
        var first = report.Grids[0];
        Assert.Equal(("第01网格", GridType.Community), (first.Name, first.Type));
        Assert.Equal(["320412101001", "320412101", "320412"], first.AreaPath);
        Assert.StartsWith("""{"type":"Polygon","coordinates":[[[119.95,31.7]""", first.BoundaryGeoJson);
    }

    [Fact]
    public void Overlapping_grids_are_reported_as_a_pair_with_the_area_they_share()
    {
        // Grid 2 is shifted half a tile west, onto grid 1: they share half a tile.
        var report = TerritoryImport.Read(Collection(Square(1, 0, 0), Square(2, 0.5, 0), Square(3, 0, 1), Square(4, 1, 1)));

        var overlap = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.Overlap, 0, "320412101001-01"), (overlap.Kind, overlap.Feature, overlap.Code));
        Assert.Contains("feature 1 (320412101001-02)", overlap.Message);
        var expected = SquareMetres(Size / 2, Size, South + Size / 2);
        Assert.InRange(overlap.AreaSquareMetres!.Value, expected * 0.999, expected * 1.001);
    }

    [Fact]
    public void A_hole_among_the_grids_of_a_village_is_a_gap_with_its_area()
    {
        // A ring of eight tiles around an empty middle tile.
        var ring = new[] { (0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (1, 2), (2, 2) };
        var report = TerritoryImport.Read(Collection([.. ring.Select((t, i) => Square(i + 1, t.Item1, t.Item2))]));

        var gap = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.Gap, null, Village), (gap.Kind, gap.Feature, gap.Code));
        var expected = SquareMetres(Size, Size, South + 1.5 * Size);
        Assert.InRange(gap.AreaSquareMetres!.Value, expected * 0.999, expected * 1.001);
    }

    [Fact]
    public void A_gap_between_two_villages_belongs_to_their_town()
    {
        var other = "320412101002";
        var report = TerritoryImport.Read(Collection(
            Square(1, 0, 0), Square(2, 0, 1), Square(3, 0, 2), Square(4, 1, 2),
            Feature($"{other}-01", Polygon(Ring(1, 0, 2, 1))), Feature($"{other}-02", Polygon(Ring(2, 1, 1, 2)))));

        var gap = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.Gap, "320412101"), (gap.Kind, gap.Code));
    }

    [Fact]
    public void Grids_that_only_share_edges_and_corners_do_not_overlap()
    {
        // Grid 5 touches the 2x2 block along a whole side and at a corner, with a T-junction at (2, 1).
        var report = TerritoryImport.Read(Collection(Square(1, 0, 0), Square(2, 1, 0), Square(3, 0, 1), Square(4, 1, 1),
            Feature($"{Village}-05", Polygon(Ring(2, 0, 1, 2)))));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_bow_tie_is_an_invalid_polygon_with_the_reason()
    {
        var bowTie = Polygon(Path((West, South), (West + Size, South + Size), (West + Size, South), (West, South + Size), (West, South)));
        var report = TerritoryImport.Read(Collection(Feature($"{Village}-01", bowTie)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.InvalidPolygon, 0, $"{Village}-01"), (finding.Kind, finding.Feature, finding.Code));
        Assert.Contains("Self-intersection", finding.Message);
        Assert.Empty(report.Grids);
    }

    [Theory]
    [InlineData(""","village":"320412101002" """)]
    [InlineData(""","town":"320412102" """)]
    [InlineData(""","district":"320411" """)]
    [InlineData(""","village":"3204121010" """)]
    public void A_parent_that_does_not_hold_the_grid_is_a_parent_mismatch(string parent)
    {
        var report = TerritoryImport.Read(Collection(Square(1, 0, 0, extra: parent.TrimEnd())));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.ParentMismatch, 0), (finding.Kind, finding.Feature));
        Assert.Empty(report.Grids);
    }

    [Fact]
    public void Parents_that_match_are_accepted()
    {
        var report = TerritoryImport.Read(Collection(Square(1, 0, 0, extra: ""","village":"320412101001","town":"320412101","district":"320412" """.TrimEnd())));

        Assert.True(report.IsClean);
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[", FindingKind.NotJson)]
    [InlineData("grid,name\n320412101001-01,第01网格", FindingKind.NotJson)]
    [InlineData("""{"type":"Feature","properties":{},"geometry":null}""", FindingKind.NotFeatureCollection)]
    [InlineData("""{"type":"FeatureCollection"}""", FindingKind.NotFeatureCollection)]
    [InlineData("[]", FindingKind.NotFeatureCollection)]
    public void A_file_that_is_not_a_feature_collection_is_refused_with_one_finding(string file, FindingKind kind)
    {
        var report = TerritoryImport.Read(file);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((kind, null), (finding.Kind, finding.Feature));
        Assert.Empty(report.Grids);
    }

    [Fact]
    public void A_point_is_not_a_grid_boundary()
    {
        var report = TerritoryImport.Read(Collection(Feature($"{Village}-01", """{"type":"Point","coordinates":[119.95,31.7]}""")));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.NotPolygon, finding.Kind);
        Assert.Contains("Point", finding.Message);
    }

    [Fact]
    public void Latitude_and_longitude_swapped_are_out_of_range()
    {
        var swapped = Polygon(Path((31.70, 119.95), (31.70, 119.96), (31.71, 119.96), (31.70, 119.95)));
        var report = TerritoryImport.Read(Collection(Feature($"{Village}-01", swapped)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.CoordinatesOutOfRange, 0), (finding.Kind, finding.Feature));
    }

    [Fact]
    public void Every_problem_of_a_feature_is_reported_not_only_the_first()
    {
        var report = TerritoryImport.Read(Collection(
            """{"type":"Feature","properties":{"code":"320412101001-1","type":"Pagoda"},"geometry":{"type":"Point","coordinates":[119.95,31.7]}}""",
            """{"type":"Feature","geometry":null}""",
            "42"));

        Assert.Equal(
            [(0, FindingKind.MalformedCode), (0, FindingKind.MissingName), (0, FindingKind.UnknownType), (0, FindingKind.NotPolygon),
             (1, FindingKind.MissingCode), (1, FindingKind.MissingName), (1, FindingKind.UnknownType), (1, FindingKind.NotPolygon),
             (2, FindingKind.MalformedFeature)],
            report.Findings.Select(f => (f.Feature!.Value, f.Kind)));
    }

    [Fact]
    public void Grid_types_are_names_in_any_case_and_nothing_else()
    {
        var report = TerritoryImport.Read(Collection(
            Feature($"{Village}-01", Polygon(Ring(0, 0, 1, 1)), type: "SCHOOL"),
            Feature($"{Village}-02", Polygon(Ring(1, 0, 1, 1)), type: "1"),
            Feature($"{Village}-03", Polygon(Ring(2, 0, 1, 1)), type: "Park,Market")));

        Assert.Equal(GridType.School, Assert.Single(report.Grids).Type);
        Assert.Equal([1, 2], report.Findings.Where(f => f.Kind == FindingKind.UnknownType).Select(f => f.Feature!.Value));
    }

    [Fact]
    public void A_repeated_code_is_reported_and_the_first_feature_keeps_it()
    {
        var report = TerritoryImport.Read(Collection(Square(1, 0, 0), Square(1, 1, 0)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.DuplicateCode, 1), (finding.Kind, finding.Feature));
        Assert.Equal(Tiles.West, Assert.Single(report.Grids).Boundary.EnvelopeInternal.MinX);
    }

    [Fact]
    public void Files_over_the_size_or_feature_limit_are_refused()
    {
        var tooLarge = TerritoryImport.Read(TwoByTwo, ImportOptions.Default with { MaxBytes = 100 });
        var tooMany = TerritoryImport.Read(TwoByTwo, ImportOptions.Default with { MaxFeatures = 3 });

        Assert.Equal(FindingKind.TooLarge, Assert.Single(tooLarge.Findings).Kind);
        Assert.Equal(FindingKind.TooManyFeatures, Assert.Single(tooMany.Findings).Kind);
    }
}
