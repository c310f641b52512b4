using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Incidents;

/// <summary>Which open cases a new report likely duplicates: same category, within 50 m, reported
/// within 72 hours before it.</summary>
public class DuplicatesTests
{
    private static readonly DateTimeOffset Now = CaseScript.Start;
    private static readonly GeoPoint Here = new(31.7, 119.95);

    /// <summary><paramref name="metres"/> north of <see cref="Here"/>.</summary>
    private static GeoPoint North(double metres) => new(Here.Latitude + metres / 111_195.08, Here.Longitude);

    private static IncidentSummary Open(string id, GeoPoint? at, TimeSpan ago, string category = "environment.rubbish", IncidentStatus status = IncidentStatus.Filed) =>
        new(id, 2, status, category, Urgency.Normal, "Rubbish", People.Grid, null, null, Now - ago, null, Location: at);

    private static IReadOnlyList<string> Of(params IncidentSummary[] open) =>
        Duplicates.Of(CaseScript.AReport() with { Location = Here }, "new", Now, DuplicatePolicy.Default, open);

    [Fact]
    public void An_open_case_of_the_same_category_within_50_m_is_a_likely_duplicate_and_one_beyond_is_not()
    {
        Assert.Equal(["c-49"], Of(Open("c-49", North(49), TimeSpan.FromHours(1)), Open("c-51", North(51), TimeSpan.FromHours(1))));
    }

    [Fact]
    public void A_case_reported_up_to_72_hours_before_counts_and_one_reported_earlier_does_not()
    {
        Assert.Equal(["c-72h"], Of(Open("c-72h", Here, TimeSpan.FromHours(72)), Open("c-older", Here, TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public void Another_category_a_finished_case_a_case_without_position_and_the_report_itself_are_not_duplicates()
    {
        Assert.Empty(Of(
            Open("c-vending", Here, TimeSpan.FromHours(1), category: "order.street-vending"),
            Open("c-closed", Here, TimeSpan.FromHours(1), status: IncidentStatus.Closed),
            Open("c-merged", Here, TimeSpan.FromHours(1), status: IncidentStatus.Merged),
            Open("c-nowhere", null, TimeSpan.FromHours(1)),
            Open("new", Here, TimeSpan.Zero)));
    }

    [Fact]
    public void Several_duplicates_are_listed_nearest_first_and_a_report_without_position_has_none()
    {
        IncidentSummary[] open = [Open("c-b", North(30), TimeSpan.FromHours(5)), Open("c-a", North(10), TimeSpan.FromHours(50)), Open("c-c", North(30), TimeSpan.FromHours(1))];
        Assert.Equal(["c-a", "c-b", "c-c"], Of(open));
        Assert.Empty(Duplicates.Of(CaseScript.AReport() with { Location = null }, "new", Now, DuplicatePolicy.Default, open));
    }

    [Fact]
    public void The_distance_and_window_are_settings()
    {
        var wide = new DuplicatePolicy(100, TimeSpan.FromDays(7));
        Assert.Equal(["c-far", "c-old"], Duplicates.Of(CaseScript.AReport() with { Location = Here }, "new", Now, wide,
            [Open("c-far", North(90), TimeSpan.FromHours(1)), Open("c-old", Here, TimeSpan.FromDays(6))]).Order());
    }
}
