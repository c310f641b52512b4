using GridActors.Territory;
using GridActors.Territory.Geometry;
using NetTopologySuite.Geometries;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Territory;

/// <summary>The share of a grid within 50 m of a route, against figures worked out by hand.</summary>
public class PatrolCoverageTests
{
    const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;

    /// <summary>Two tiles wide and two tall: 0.002° square, about 222 m north to south.</summary>
    static Geometry Grid() => GeoJson.Factory.CreatePolygon(
    [
        new(West, South), new(West + 2 * Size, South), new(West + 2 * Size, South + 2 * Size), new(West, South + 2 * Size), new(West, South),
    ]);

    [Fact]
    public void A_walk_across_the_middle_covers_a_band_100_m_tall_of_the_grids_height()
    {
        // West edge to east edge along the middle: the band reaches 50 m north and south, the round
        // ends fall outside the grid, so the share is 100 m over the grid's height.
        var route = new[] { At(0, 1), At(0.7, 1), At(2, 1) };
        var height = 2 * Size * MetresPerDegree;

        Assert.Equal(100 / height, PatrolCoverage.Share(Grid(), route), precision: 9);
        Assert.Equal(0.449660, 100 / height, precision: 6);
    }

    [Fact]
    public void Standing_still_covers_a_disc_of_50_m_and_no_route_covers_nothing()
    {
        var area = 2 * Size * MetresPerDegree * 2 * Size * MetresPerDegree * Math.Cos(Grid().EnvelopeInternal.Centre.Y * Math.PI / 180);
        var disc = Math.PI * 50 * 50 / area;

        // The buffer draws the circle as a polygon of 32 sides, a little inside it.
        Assert.InRange(PatrolCoverage.Share(Grid(), [At(1, 1), At(1, 1)]), disc * 0.99, disc);
        Assert.Equal(0, PatrolCoverage.Share(Grid(), []));
    }

    [Fact]
    public void A_route_outside_the_grid_covers_only_what_lies_within_50_m_of_it()
    {
        // 0.0009° (about 100 m) south of the grid: nothing of the grid is within 50 m.
        Assert.Equal(0, PatrolCoverage.Share(Grid(), [At(0, -0.9), At(2, -0.9)]));
        // Along the south edge: a band 50 m tall.
        Assert.Equal(50 / (2 * Size * MetresPerDegree), PatrolCoverage.Share(Grid(), [At(-1, 0), At(3, 0)]), precision: 9);
    }
}
