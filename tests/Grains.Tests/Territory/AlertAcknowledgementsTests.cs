using GridActors.Access;
using GridActors.Territory;

namespace GridActors.Tests.Territory;

public class AlertAcknowledgementsTests
{
    private const string Grid = "320412101001-01";
    private static readonly DateTimeOffset Raised = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Alert Open = new($"{Grid}:blind:1", Grid, AlertKind.BlindSpot, Raised, null, "no worker available in working hours");

    [Theory]
    [InlineData(Role.Operator, "320412101")]
    [InlineData(Role.Supervisor, "320412")]
    public void The_command_centre_over_the_grid_acknowledges_and_is_recorded_with_when(Role role, string scope)
    {
        var (acknowledged, refusal) = AlertAcknowledgements.Decide(Open, Grid, Open.Id, new("op", role, scope), Raised.AddMinutes(5));
        Assert.Null(refusal);
        Assert.Equal(Open with { AcknowledgedBy = "op", AcknowledgedAt = Raised.AddMinutes(5) }, acknowledged);
    }

    [Theory]
    [InlineData(Role.Operator, "320412102")]
    [InlineData(Role.Worker, Grid)]
    [InlineData(Role.Admin, "320412")]
    [InlineData(Role.Department, "police")]
    public void Anyone_else_is_refused(Role role, string scope)
    {
        var (acknowledged, refusal) = AlertAcknowledgements.Decide(Open, Grid, Open.Id, new("x", role, scope), Raised);
        Assert.Null(acknowledged);
        Assert.Equal(RefusalCode.NotPermitted, refusal?.Code);
    }

    [Fact]
    public void A_repeat_keeps_the_first_acknowledgement_and_a_book_takes_it_once()
    {
        var first = Open with { AcknowledgedBy = "op-1", AcknowledgedAt = Raised.AddMinutes(1) };
        var (again, refusal) = AlertAcknowledgements.Decide(first, Grid, Open.Id, new("op-2", Role.Operator, "320412101"), Raised.AddMinutes(9));
        Assert.Null(refusal);
        Assert.Same(first, again);

        var book = new AreaBook("320412101", new CaseLedger());
        Assert.True(book.Track(Open));
        Assert.True(book.Track(first));
        Assert.False(book.Track(first));
        Assert.False(book.Track(Open));
        Assert.Equal([first], book.OpenAlerts());
    }

    [Fact]
    public void An_alert_that_is_not_open_is_not_found()
    {
        var (_, refusal) = AlertAcknowledgements.Decide(null, Grid, "gone", new("op", Role.Operator, "320412101"), Raised);
        Assert.Equal(RefusalCode.NotFound, refusal?.Code);
    }
}
