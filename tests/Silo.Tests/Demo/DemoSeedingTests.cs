using GridActors.Silo.Demo;
using GridActors.Territory;
using GridActors.Tests.Storage;
using GridActors.Workers;

namespace GridActors.Tests.Demo;

/// <summary>The demo is the silo's to seed: a plain silo, with no gateway, seeds it before it is started.</summary>
public class DemoSeedingTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task A_plain_silo_told_to_seed_has_the_demo_district_and_its_workers_on_duty_once_started()
    {
        var cluster = TestSilo.Cluster(database);
        cluster[DemoSeeding.Setting] = "true";
        var demo = DemoDistrict.Generate(DemoSeeding.Seed, DemoShape.Wujin);

        await using var silo = await TestSilo.StartSiloAsync(cluster);

        Assert.Equal(TerritoryVersion.Of(demo.GeoJson), await silo.Grains.GetGrain<ITerritoryGrain>(0).GetVersion());
        var last = (await silo.Grains.GetGrain<IWorkerGrain>(demo.Workers[^1].Id).Get())!;
        Assert.Equal((demo.Workers[^1].GridCode, DutyStatus.OnDuty), (last.Profile.Grids.Single(), last.Duty));
    }
}
