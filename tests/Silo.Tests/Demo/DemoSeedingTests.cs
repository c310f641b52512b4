using GridActors.Access;
using GridActors.Accounts;
using GridActors.Silo.Demo;
using GridActors.Silo.Hosting;
using GridActors.Territory;
using GridActors.Tests.Storage;
using GridActors.Workers;

namespace GridActors.Tests.Demo;

/// <summary>The demo is the silo's to seed: a plain silo, with no gateway, seeds it before it is started.</summary>
[Collection(DemoSeedings.Name)]
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
        // Development is the embedded default's: the demo sign-ins are there.
        Assert.Equal((Role.Admin, "320412"), await RoleAndScope(silo, DemoAccounts.Admin));
        Assert.Equal((Role.Operator, "320412101"), await RoleAndScope(silo, DemoAccounts.Operator("320412101")));
        Assert.Equal((Role.Worker, demo.Workers[^1].GridCode), await RoleAndScope(silo, demo.Workers[^1].Id));
        Assert.Equal((Role.Department, "police"), await RoleAndScope(silo, DemoAccounts.Department("police")));
        Assert.Equal((Role.PlatformAdmin, null), await RoleAndScope(silo, DemoAccounts.Platform));
    }

    private static async Task<(Role, string?)> RoleAndScope(TestSilo silo, string login) =>
        await silo.Grains.GetGrain<IAccountGrain>(login).GetOwn() is { } account ? (account.Role, account.Scope) : throw new Xunit.Sdk.XunitException($"no account {login}");
}

/// <summary>Production keeps the published demo password out: a demo district seeded with development
/// off has no demo accounts (its own database, so the seed above does not count).</summary>
[Collection(DemoSeedings.Name)]
public class DemoSeedingWithoutDevelopmentTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task With_development_off_the_demo_district_has_no_demo_accounts()
    {
        var cluster = TestSilo.Cluster(database);
        cluster[DemoSeeding.Setting] = "true";
        cluster[AccountSettings.DevelopmentSetting] = "false";

        await using var silo = await TestSilo.StartSiloAsync(cluster);

        Assert.NotNull(await silo.Grains.GetGrain<ITerritoryGrain>(0).GetVersion());
        Assert.Null(await silo.Grains.GetGrain<IAccountGrain>(DemoAccounts.Admin).GetOwn());
        Assert.Null(await silo.Grains.GetGrain<IAccountGrain>(DemoAccounts.Platform).GetOwn());
    }
}

/// <summary>Seeding the demo takes the machine for half a minute: two at once would time each other out.</summary>
[CollectionDefinition(Name)]
public sealed class DemoSeedings
{
    public const string Name = "demo seedings";
}
