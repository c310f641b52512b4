using GridActors.Territory;
using GridActors.Territory.Geometry;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Territory;

public class LocatorTests
{
    /// <summary>Village 001: a ring of eight tiles around an empty middle; village 002: one tile to the east of the ring.</summary>
    private static readonly IReadOnlyList<TerritoryGrid> Grids = TerritoryImport.Read(Collection(
        [.. new[] { (0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (1, 2), (2, 2) }.Select((t, i) => Square(i + 1, t.Item1, t.Item2)),
         Feature("320412101002-01", Polygon(Ring(3, 0, 1, 1)))])).Grids;

    private static readonly GridLocator Locator = GridLocator.Build([.. Grids]);

    [Fact]
    public void A_point_inside_a_grid_is_in_that_grid()
    {
        var location = Locator.Locate(At(1.5, 0.5));

        Assert.Equal(new Location("320412101001-02", ["320412101001", "320412101", "320412"], LocationReason.InGrid), location, LocationComparer);
    }

    [Fact]
    public void A_point_on_a_shared_edge_goes_to_the_lowest_code_whatever_the_order_the_grids_were_loaded_in()
    {
        // The edge between grid 03 of village 001 and grid 01 of village 002, and the corner of grids 02, 03 and 05.
        var edge = At(3, 0.5);
        var corner = At(2, 1);
        var reversed = GridLocator.Build([.. Grids.Reverse()]);

        foreach (var locator in new[] { Locator, reversed, GridLocator.Build([.. Grids]) })
        {
            Assert.Equal(("320412101001-03", LocationReason.OnSharedEdge), (locator.Locate(edge).GridCode, locator.Locate(edge).Reason));
            Assert.Equal("320412101001-02", locator.Locate(corner).GridCode);
        }
    }

    [Fact]
    public void A_point_in_a_hole_among_a_villages_grids_is_in_no_grid_but_in_that_village()
    {
        var location = Locator.Locate(At(1.5, 1.5));

        Assert.Equal(new Location(null, ["320412101001", "320412101", "320412"], LocationReason.InGap), location, LocationComparer);
    }

    [Fact]
    public void A_point_outside_every_area_is_given_the_nearest_district()
    {
        var location = Locator.Locate(At(20, 20));

        Assert.Equal(new Location(null, ["320412"], LocationReason.OutsideTerritory), location, LocationComparer);
    }

    [Fact]
    public void A_point_that_is_no_position_and_an_empty_territory_still_get_an_answer()
    {
        Assert.Equal(LocationReason.InvalidPoint, Locator.Locate(new GeoPoint(119.95, 31.7)).Reason);
        Assert.Equal(LocationReason.NoTerritory, GridLocator.Build([]).Locate(At(0.5, 0.5)).Reason);
    }

    /// <summary>Records compare lists by reference; a location is equal when its path has the same codes.</summary>
    private static readonly IEqualityComparer<Location> LocationComparer = EqualityComparer<Location>.Create(
        (a, b) => a!.GridCode == b!.GridCode && a.Reason == b.Reason && a.AreaPath.SequenceEqual(b.AreaPath),
        l => l.GridCode?.GetHashCode() ?? 0);

    [Fact]
    public void The_grids_near_a_point_are_those_whose_area_comes_within_the_distance()
    {
        // The middle of grid 02: 47 m from grids 01 and 03 east and west, 73 m from the diagonal 04 and 05.
        var middle = At(1.5, 0.5);

        Assert.Equal(["320412101001-02"], Locator.Near(middle, 40));
        Assert.Equal(["320412101001-01", "320412101001-02", "320412101001-03"], Locator.Near(middle, 50));
        Assert.Equal(["320412101001-01", "320412101001-02", "320412101001-03", "320412101001-04", "320412101001-05"], Locator.Near(middle, 80));
        Assert.Empty(GridLocator.Build([]).Near(middle, 50));
    }
}
