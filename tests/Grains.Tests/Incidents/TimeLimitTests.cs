using GridActors.Calendar;
using GridActors.Incidents;
using static GridActors.Incidents.TimeLimitUnit;
using static GridActors.Tests.Calendar.Cst;

namespace GridActors.Tests.Incidents;

public sealed class TimeLimitTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Fact]
    public void Working_hours_are_counted_on_the_calendar()
    {
        Assert.Equal(At(2026, 3, 16, 11, 30), new TimeLimit(4, WorkingHours).DueFrom(At(2026, 3, 13, 16, 30), Calendar));
    }

    [Fact]
    public void Working_days_end_at_the_close_of_the_last_day()
    {
        Assert.Equal(At(2026, 10, 19, 17, 30), new TimeLimit(20, WorkingDays).DueFrom(At(2026, 9, 15, 10, 0), Calendar));
    }

    [Fact]
    public void Natural_hours_run_through_nights_and_holidays()
    {
        var due = new TimeLimit(8, NaturalHours).DueFrom(new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero), Calendar);
        Assert.Equal((At(2026, 10, 1, 4, 0), TimeSpan.FromHours(8)), (due, due.Offset));
    }

    [Fact]
    public void Parses_what_it_prints()
    {
        Assert.Equal(new TimeLimit(0.5m, WorkingHours), TimeLimit.Parse(new TimeLimit(0.5m, WorkingHours).ToString(), out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(0, WorkingHours)]
    [InlineData(-1, NaturalHours)]
    [InlineData(1.5, WorkingDays)]
    [InlineData(1, (TimeLimitUnit)7)]
    public void Refuses_limits_that_are_not_positive_exact_amounts_of_a_known_unit(double amount, TimeLimitUnit unit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit((decimal)amount, unit));
    }
}
