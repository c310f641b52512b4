using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Territory;

/// <summary>What an area's book tells its boards of a case that has finished: boards hear of cases only
/// from the area, so a later version (its evaluation) is news, a repeat or an older one is not.</summary>
public class AreaBookTests
{
    private const string Village = "320412101001";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static IncidentSummary Case(long version, IncidentStatus status) =>
        new("c1", version, status, "environment.rubbish", Urgency.Normal, "路边垃圾", $"{Village}-01", HandlingLevel.Grid, null, Now, null);

    [Fact]
    public void A_finished_case_s_evaluation_reaches_the_board_once_and_its_older_versions_never()
    {
        var book = new AreaBook(Village, new CaseLedger());
        book.Track(Case(6, IncidentStatus.Verified));
        book.Track(Case(7, IncidentStatus.Closed));
        var closed = book.Board(Now).Watermark;

        Assert.True(book.Track(Case(8, IncidentStatus.Evaluated)));
        Assert.False(book.Track(Case(8, IncidentStatus.Evaluated)));
        Assert.False(book.Track(Case(7, IncidentStatus.Closed)));

        var changes = book.Changes(closed, Now);
        Assert.Equal([(8L, IncidentStatus.Evaluated)], changes.Incidents.Select(c => (c.Version, c.Status)));
        Assert.Equal((0, 1), (changes.Counts.Open, changes.Counts.Closed));
    }
}
