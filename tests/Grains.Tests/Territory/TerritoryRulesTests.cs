using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Territory;

public class TerritoryRulesTests
{
    private static readonly Actor DistrictAdmin = new("admin-320412", Role.Admin, "320412");

    public static TheoryData<Actor, bool> Importers => new()
    {
        { DistrictAdmin, true },
        { new("admin-320412101", Role.Admin, "320412101"), false },          // a town's admin
        { new("admin-320412101001", Role.Admin, "320412101001"), false },    // a village's
        { new("platform-admin", Role.PlatformAdmin, "platform"), false },    // the platform's documents, not a district's map
        { new("sup-320412", Role.Supervisor, "320412"), false },
        { new("op-320412", Role.Operator, "320412"), false },
    };

    [Theory, MemberData(nameof(Importers))]
    public void Only_the_admin_of_a_whole_district_imports_a_territory(Actor actor, bool may) =>
        Assert.Equal(may, TerritoryRules.MayImport(actor) is null);

    [Fact]
    public void A_town_admin_is_told_why()
    {
        var refusal = TerritoryRules.MayImport(new Actor("admin-320412101", Role.Admin, "320412101"))!;
        Assert.Equal((RefusalCode.NotPermitted, "Admin admin-320412101 (scope '320412101') may not import a territory: only the admin of a whole district imports that district's grids"),
            (refusal.Code, refusal.Reason));
    }

    [Fact]
    public void A_file_with_a_grid_of_another_district_is_refused_naming_it()
    {
        Assert.Null(TerritoryRules.Outside(DistrictAdmin, ["320412101001-01", "320412102001-01"]));
        var refusal = TerritoryRules.Outside(DistrictAdmin, ["320412101001-01", "320411101001-01"])!;
        Assert.Equal((RefusalCode.NotPermitted, "admin-320412 may not import grid 320411101001-01: it lies in district 320411, and the admin of district 320412 imports only that district's grids"),
            (refusal.Code, refusal.Reason));
    }

    [Fact]
    public void A_territory_holding_another_district_s_grids_is_not_replaced_by_this_district_s_admin()
    {
        Assert.Null(TerritoryRules.OthersHeld(DistrictAdmin, []));
        Assert.Null(TerritoryRules.OthersHeld(DistrictAdmin, ["320412101001-01"]));
        var refusal = TerritoryRules.OthersHeld(new Actor("admin-320411", Role.Admin, "320411"), ["320412101001-01"])!;
        Assert.Equal((RefusalCode.NotPermitted, "the territory holds district 320412's grids (e.g. 320412101001-01); the admin of district 320411 may not replace them"),
            (refusal.Code, refusal.Reason));
    }

    [Fact]
    public void Only_the_admin_s_own_grids_that_the_file_drops_are_retired()
    {
        string[] stored = ["320412101001-01", "320412101001-02", "320411101001-01"];
        Assert.Equal(["320412101001-02"], TerritoryRules.Retiring(DistrictAdmin, stored, new HashSet<string> { "320412101001-01" }));
        // An empty file drops the district's grids, and still no other district's.
        Assert.Equal(["320412101001-01", "320412101001-02"], TerritoryRules.Retiring(DistrictAdmin, stored, new HashSet<string>()));
    }
}
