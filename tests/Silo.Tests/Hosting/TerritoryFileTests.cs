using System.Globalization;
using GridActors.Silo.Hosting;
using GridActors.Territory;
using GridActors.Tests.Storage;

namespace GridActors.Tests.Hosting;

/// <summary>The territory given as a file at start, on the embedded backend.</summary>
public sealed class TerritoryFileTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private const string Village = "320412101001";

    /// <summary>Two grids side by side, 0.01° square, around Wujin; <paramref name="secondWest"/>
    /// below 120.01 lays the second over the first.</summary>
    private static string File(double secondWest = 120.01) => $$"""
        { "type": "FeatureCollection", "features": [
          {{Grid(1, 120.00)}},
          {{Grid(2, secondWest)}}
        ] }
        """;

    private static string Grid(int number, double west) => string.Create(CultureInfo.InvariantCulture, $$"""
        { "type": "Feature", "properties": { "code": "{{Village}}-0{{number}}", "name": "第{{number}}网格", "type": "Community" },
          "geometry": { "type": "Polygon", "coordinates": [[[{{west}},31.70],[{{west + 0.01}},31.70],[{{west + 0.01}},31.71],[{{west}},31.71],[{{west}},31.70]]] } }
        """);

    private static async Task<Dictionary<string, string?>> Configuration(IStorageDatabase database, string geoJson)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gridactors-territory-{Guid.NewGuid():N}.geojson");
        await System.IO.File.WriteAllTextAsync(path, geoJson);
        var configuration = TestSilo.Cluster(database);
        configuration[TerritoryFile.Setting] = path;
        return configuration;
    }

    [Fact]
    public async Task A_territory_file_is_imported_at_start_and_the_same_file_again_changes_nothing()
    {
        var configuration = await Configuration(database, File());
        string? version;
        await using (var silo = await TestSilo.StartSiloAsync(configuration))
        {
            var located = await silo.Grains.GetGrain<ILocatorGrain>(0).Locate(new GeoPoint(31.705, 120.015));
            Assert.Equal(($"{Village}-02", "InGrid"), (located.GridCode, located.Reason));
            version = await silo.Grains.GetGrain<ITerritoryGrain>(0).GetVersion();
            Assert.NotNull(version);
        }

        await using var again = await TestSilo.StartSiloAsync(configuration);
        Assert.Equal(version, await again.Grains.GetGrain<ITerritoryGrain>(0).GetVersion());
        Assert.True(await again.Grains.GetGrain<IGridGrain>($"{Village}-01").Exists());
    }

    [Fact]
    public async Task A_territory_file_with_findings_stops_the_start_naming_them()
    {
        var configuration = await Configuration(database, File(secondWest: 120.005));

        var failure = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => TestSilo.StartSiloAsync(configuration));

        Assert.Contains("nothing changed", failure.Message);
        Assert.Contains("- Overlap:", failure.Message);
        Assert.Contains($"{Village}-01", failure.Message);
    }
}
