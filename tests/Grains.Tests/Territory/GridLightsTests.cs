using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Territory;

/// <summary>What a map colours each grid by, from an area's book.</summary>
public class GridLightsTests
{
    private const string Village = "320412101001";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static IncidentSummary Case(string id, string grid, Light light, IncidentStatus status = IncidentStatus.Filed) =>
        new(id, 1, status, "environment.rubbish", Urgency.Normal, "路边垃圾", grid, null, null, Now, null, Light: light);

    private static Alert AlertOn(string grid, DateTimeOffset? clearedAt = null) =>
        new($"{grid}:patrol", grid, AlertKind.PatrolOverdue, Now, clearedAt, "patrol overdue");

    [Fact]
    public void Each_grid_with_an_open_case_or_alert_counts_them_with_its_worst_light()
    {
        var book = new AreaBook(Village, new CaseLedger());
        book.Track(Case("c1", $"{Village}-01", Light.Green));
        book.Track(Case("c2", $"{Village}-01", Light.Red));
        book.Track(Case("c3", $"{Village}-01", Light.Yellow));
        book.Track(Case("c4", $"{Village}-02", Light.Yellow));
        book.Track(Case("c5", $"{Village}-03", Light.Red, IncidentStatus.Closed));
        book.Track(AlertOn($"{Village}-02"));
        book.Track(AlertOn($"{Village}-04"));

        Assert.Equal(
            [new GridLight($"{Village}-01", 3, Light.Red, 0), new GridLight($"{Village}-02", 1, Light.Yellow, 1), new GridLight($"{Village}-04", 0, null, 1)],
            book.GridLights());
    }

    [Fact]
    public void A_grid_whose_case_closed_and_alert_cleared_is_no_longer_listed()
    {
        var book = new AreaBook(Village, new CaseLedger());
        book.Track(Case("c1", $"{Village}-01", Light.Green));
        book.Track(AlertOn($"{Village}-01"));

        book.Track(Case("c1", $"{Village}-01", Light.Green, IncidentStatus.Closed) with { Version = 2 });
        book.Track(AlertOn($"{Village}-01", clearedAt: Now));

        Assert.Empty(book.GridLights());
    }
}
