using GridActors.Access;
using GridActors.Accounts;

namespace GridActors.Tests.Accounts;

public class AccountRulesTests
{
    private static readonly Actor TownAdmin = new("admin-101", Role.Admin, "320412101");
    private static readonly Actor DistrictAdmin = new("admin", Role.Admin, "320412");
    private static readonly Actor Platform = new("platform", Role.PlatformAdmin, "platform");
    private static readonly AccountPolicy Production = AccountPolicy.Default;
    private static readonly AccountPolicy Development = AccountPolicy.Default with { Development = true };

    public static TheoryData<Actor, Role, string?, bool> Matrix => new()
    {
        { TownAdmin, Role.Operator, "320412101", true },
        { TownAdmin, Role.Worker, "320412101001-01", true },
        { TownAdmin, Role.Admin, "320412101001", true },      // a village admin of its town
        { TownAdmin, Role.Admin, "320412", false },           // never the district's admin
        { TownAdmin, Role.Operator, "320412102", false },     // nor another town's
        { TownAdmin, Role.PlatformAdmin, null, false },       // nor a role above its own
        { TownAdmin, Role.Department, "police", false },
        { DistrictAdmin, Role.Admin, "320412", true },
        { DistrictAdmin, Role.Supervisor, "320411", false },
        { Platform, Role.Admin, "320411", true },
        { Platform, Role.PlatformAdmin, null, true },
        { Platform, Role.Department, "police", true },
        { Platform, Role.Operator, "320412101", false },      // admins manage their own people
        { new("sup", Role.Supervisor, "320412"), Role.Operator, "320412101", false },
        { new("w-1", Role.Worker, "320412101001-01"), Role.Worker, "320412101001-01", false },
    };

    [Theory, MemberData(nameof(Matrix))]
    public void Who_manages_which_account(Actor actor, Role role, string? scope, bool may) =>
        Assert.Equal(may, AccountRules.MayManage(actor, role, scope));

    [Fact]
    public void A_change_may_not_take_an_account_out_of_the_admin_s_reach_nor_lock_the_admin_itself_out()
    {
        var own = new AccountView("op-1", "甲", Role.Operator, "320412101", null, true, 3);
        Assert.Equal(RefusalCode.NotPermitted, AccountRules.Update(TownAdmin, own, new AccountInput(null, null, "320412102", null, null, null), Production)!.Code);
        Assert.Equal(RefusalCode.NotPermitted, AccountRules.Update(TownAdmin, own, new AccountInput(null, Role.PlatformAdmin, null, null, null, null), Production)!.Code);
        Assert.Null(AccountRules.Update(TownAdmin, own, new AccountInput(null, null, null, null, false, null), Production));

        var self = new AccountView("admin-101", "乙", Role.Admin, "320412101", null, true, 1);
        Assert.Equal("you may not disable your own account or change its role or scope",
            AccountRules.Update(TownAdmin, self, new AccountInput(null, null, null, null, false, null), Production)!.Reason);
        Assert.Equal("you may not delete your own account", AccountRules.Delete(TownAdmin, self)!.Reason);

        var elsewhere = new AccountView("op-2", "丙", Role.Operator, "320412102", null, true, 1);
        Assert.Equal(RefusalCode.NotFound, AccountRules.Update(TownAdmin, elsewhere, new AccountInput("丁", null, null, null, null, null), Production)!.Code);
        Assert.Equal(RefusalCode.NotFound, AccountRules.Delete(TownAdmin, elsewhere)!.Code);
    }

    [Theory]
    [InlineData("short", "a password has at least 10 characters")]
    [InlineData(AccountPolicy.DemoPassword, "the demo password is published: choose another")]
    [InlineData(null, "password is required")]
    public void A_password_is_long_enough_and_never_the_demo_s_in_production(string? password, string reason)
    {
        var input = new AccountInput("甲", Role.Operator, "320412101", null, true, password);
        Assert.Equal(Refusal.Invalid("password", reason), AccountRules.Create(DistrictAdmin, input, Production));
    }

    [Fact]
    public void Development_takes_the_demo_password()
    {
        var input = new AccountInput("甲", Role.Operator, "320412101", null, true, AccountPolicy.DemoPassword);
        Assert.Null(AccountRules.Create(DistrictAdmin, input, Development));
    }

    [Fact]
    public void Five_failures_in_a_row_lock_for_the_policy_s_lockout_and_a_success_starts_the_count_afresh()
    {
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var lockout = new Lockout();
        for (var i = 0; i < 4; i++) Assert.Equal(SignInOutcome.Refused, lockout.Fail(now, Production));
        lockout.Succeed();
        for (var i = 0; i < 4; i++) Assert.Equal(SignInOutcome.Refused, lockout.Fail(now, Production));
        Assert.Equal(SignInOutcome.LockedNow, lockout.Fail(now, Production));
        Assert.True(lockout.IsLocked(now + TimeSpan.FromMinutes(15) - TimeSpan.FromTicks(1)));
        Assert.False(lockout.IsLocked(now + TimeSpan.FromMinutes(15)));
    }
}
