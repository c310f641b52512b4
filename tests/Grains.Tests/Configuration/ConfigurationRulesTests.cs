using GridActors.Access;
using GridActors.Configuration;
using GridActors.Incidents;

namespace GridActors.Tests.Configuration;

public class ConfigurationRulesTests
{
    public static TheoryData<Actor, bool> Changers => new()
    {
        { new("platform-admin", Role.PlatformAdmin, "platform"), true },
        { new("admin-320412", Role.Admin, "320412"), false },        // one district's admin: the documents are every district's
        { new("admin-320411", Role.Admin, "320411"), false },
        { new("admin-320412101", Role.Admin, "320412101"), false },
        { new("sup-320412", Role.Supervisor, "320412"), false },
        { new("hotline", Role.External, "320412"), false },
    };

    [Theory, MemberData(nameof(Changers))]
    public void Only_a_platform_admin_changes_the_catalogue_or_the_calendar(Actor actor, bool may)
    {
        Assert.Equal(may, ConfigurationRules.MayChange(actor, ConfigurationKeys.Categories) is null);
        Assert.Equal(may, ConfigurationRules.MayChange(actor, ConfigurationKeys.Calendar) is null);
    }

    [Fact]
    public void A_district_admin_is_told_why()
    {
        var refusal = ConfigurationRules.MayChange(new Actor("admin-320411", Role.Admin, "320411"), ConfigurationKeys.Calendar)!;
        Assert.Equal((RefusalCode.NotPermitted, "Admin admin-320411 may not change the calendar: it is every district's, so platform admins only"),
            (refusal.Code, refusal.Reason));
    }
}
