using GridActors.Silo.Demo;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using GridActors.Workers;

namespace GridActors.Tests.Demo;

public class DemoDistrictTests
{
    private static readonly DemoTerritory Demo = DemoDistrict.Generate(seed: 7, DemoShape.Wujin);
    private static readonly ImportReport Imported = TerritoryImport.Read(Demo.GeoJson);

    [Fact]
    public void The_demo_district_imports_clean_with_a_few_hundred_grids()
    {
        Assert.Empty(Imported.Findings);
        Assert.InRange(Imported.Grids.Count, 5 * 4 * 12, 5 * 4 * 16);
        Assert.Equal(5, Imported.Grids.Select(g => g.Town).Distinct().Count());
        Assert.Equal(20, Imported.Grids.Select(g => g.Village).Distinct().Count());
        Assert.All(Imported.Grids, g => Assert.Equal(DemoDistrict.Code, g.District));
    }

    [Fact]
    public void Demo_grids_are_mostly_community_grids_with_chinese_names_and_a_worker_on_each()
    {
        Assert.InRange(Imported.Grids.Count(g => g.Type == GridType.Community), Imported.Grids.Count / 2, Imported.Grids.Count - 1);
        Assert.All(Imported.Grids, g => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+(村|社区)第\d+网格", g.Name));
        Assert.All(Demo.AreaNames.Where(a => AreaCode.LevelOf(a.Key) == AreaLevel.Town), a => Assert.Matches("(镇|街道)$", a.Value));

        var crews = Demo.Workers.ToLookup(w => w.GridCode);
        Assert.All(Imported.Grids, g => Assert.Equal(g.Type == GridType.Community ? WorkerKind.FullTime : WorkerKind.Exclusive, crews[g.Code].First().Kind));
        Assert.Equal($"w-{Imported.Grids[0].Code}-1", crews[Imported.Grids[0].Code].First().Id);
        Assert.Equal(Demo.Workers.Count, Demo.Workers.Select(w => w.Id).Distinct().Count());
    }

    [Fact]
    public void Demo_registers_hold_made_up_people_of_both_kinds_in_the_district_s_grids()
    {
        var grids = Imported.Grids.Select(g => g.Code).ToHashSet();

        Assert.InRange(Demo.Registers.Count, Imported.Grids.Count, Imported.Grids.Count * 2);
        Assert.All(Demo.Registers, e => Assert.Contains(e.GridCode, grids));
        Assert.All(Demo.Registers, e => Assert.Contains(e.VisitEveryDays, e.Kind == GridActors.Registers.RegisterKind.KeyPerson ? [30] : new[] { 7, 14 }));
        Assert.InRange(Demo.Registers.Count(e => e.Kind == GridActors.Registers.RegisterKind.KeyPerson), Demo.Registers.Count / 5, Demo.Registers.Count / 2);
        Assert.Equal(Demo.Registers, DemoDistrict.Generate(seed: 7, DemoShape.Wujin).Registers);
    }

    [Fact]
    public void The_same_seed_gives_the_same_district_and_another_seed_another()
    {
        var again = DemoDistrict.Generate(seed: 7, DemoShape.Wujin);
        var other = DemoDistrict.Generate(seed: 8, DemoShape.Wujin);

        Assert.Equal(Demo.GeoJson, again.GeoJson);
        Assert.Equal(Demo.Workers, again.Workers);
        Assert.NotEqual(Demo.GeoJson, other.GeoJson);
    }

    [Fact]
    public void Random_points_in_the_demo_district_locate_to_the_grid_that_contains_them()
    {
        var locator = GridLocator.Build([.. Imported.Grids]);
        var byCode = Imported.Grids.ToDictionary(g => g.Code);
        var random = new Random(2026);
        var bounds = DemoDistrict.Bounds;

        for (var i = 0; i < 500; i++)
        {
            var point = new GeoPoint(bounds.MinY + random.NextDouble() * bounds.Height, bounds.MinX + random.NextDouble() * bounds.Width);
            var location = locator.Locate(point);

            Assert.NotNull(location.GridCode);
            var grid = byCode[location.GridCode];
            Assert.True(grid.Boundary.Covers(grid.Boundary.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(point.Longitude, point.Latitude))));
            Assert.Equal(grid.AreaPath, location.AreaPath);
        }
    }
}
