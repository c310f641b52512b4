using GridActors.Access;
using GridActors.Log;
using GridActors.Webhooks;

namespace GridActors.Tests.Webhooks;

public class WebhookRulesTests
{
    private static readonly Actor Admin = new("admin", Role.Admin, "320412101");
    private static readonly WebhookInput Subscription = new("https://example.org/hook", ["case.filed", "case.closed"], "320412101", true);
    private static readonly Dictionary<string, string> Grids = new()
    {
        ["inside"] = "320412101001-01",
        ["next-door"] = "320412102001-01",
    };

    [Theory]
    [InlineData("case", "inside", "case.filed.v1", true)]
    [InlineData("case", "inside", "case.closed.v2", true)]
    [InlineData("case", "inside", "case.reported.v1", false)]
    [InlineData("case", "next-door", "case.filed.v1", false)]
    [InlineData("case", "no-row", "case.filed.v1", false)]
    [InlineData("patrol", "inside", "case.filed.v1", false)]
    public void An_event_goes_out_when_it_is_a_case_event_of_a_subscribed_kind_within_the_area(string stream, string id, string type, bool wanted) =>
        Assert.Equal(wanted, WebhookRules.Wants(Subscription, new LoggedEvent(7, stream, id, 2, type, "c", Admin, DateTimeOffset.UnixEpoch, "{}"), Grids));

    [Fact]
    public void Kinds_are_the_log_types_without_their_version()
    {
        Assert.Equal("case.reporters-added", EventKinds.KindOf("case.reporters-added.v1"));
        Assert.Contains("case.dispatched", EventKinds.Known);
        Assert.DoesNotContain(EventKinds.Known, k => k.EndsWith(".v1", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_admins_manage_and_only_within_their_area()
    {
        Assert.True(WebhookRules.Manages(Admin, "320412101001"));
        Assert.False(WebhookRules.Manages(Admin, "320412"));
        Assert.False(WebhookRules.Manages(new Actor("op", Role.Operator, "320412"), "320412101"));
        Assert.Equal(RefusalCode.NotPermitted, WebhookRules.Check(Subscription, new Actor("op", Role.Operator, "320412"))!.Code);
        Assert.Equal(RefusalCode.NotPermitted, WebhookRules.Check(Subscription with { Area = "320412" }, Admin)!.Code);
        Assert.Null(WebhookRules.Check(Subscription, Admin));
    }

    [Theory]
    [InlineData("mailto:x@example.org", "case.filed", "320412101", "url")]
    [InlineData("https://user:pw@example.org/", "case.filed", "320412101", "url")]
    [InlineData("https://example.org/", "", "320412101", "kinds")]
    [InlineData("https://example.org/", "case.filed.v1", "320412101", "kinds")]
    [InlineData("https://example.org/", "case.filed", "3204121", "area")]
    public void Bad_input_names_its_field(string url, string kind, string area, string field)
    {
        var refusal = WebhookRules.Check(new WebhookInput(url, kind.Length == 0 ? [] : [kind], area, true), Admin)!;
        Assert.Equal((RefusalCode.Invalid, field), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void A_null_kind_is_refused_as_no_kind_of_event()
    {
        var refusal = WebhookRules.Check(Subscription with { Kinds = ["case.filed", null!] }, Admin)!;
        Assert.Equal((RefusalCode.Invalid, "kinds"), (refusal.Code, refusal.Field));
        Assert.StartsWith("null is no kind of event", refusal.Reason);
    }
}
