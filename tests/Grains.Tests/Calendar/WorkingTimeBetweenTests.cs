using GridActors.Calendar;
using static GridActors.Tests.Calendar.Cst;

namespace GridActors.Tests.Calendar;

public sealed class WorkingTimeBetweenTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    public static TheoryData<DateTimeOffset, double> Starts => new()
    {
        { At(2026, 3, 10, 9, 0), 0.25 },
        { At(2026, 3, 10, 11, 0), 2 },
        { At(2026, 3, 13, 16, 30), 4 },
        { At(2026, 9, 30, 16, 30), 2 },
        { At(2026, 10, 9, 17, 0), 1 },
        { At(2026, 3, 14, 10, 0), 40 },
        { At(2025, 12, 31, 16, 30), 7.5 },
        { At(2026, 2, 13, 12, 15), 150 },
    };

    [Theory, MemberData(nameof(Starts))]
    public void Measures_back_exactly_what_was_added(DateTimeOffset start, double hours)
    {
        var added = TimeSpan.FromHours(hours);
        Assert.Equal(added, Calendar.WorkingTimeBetween(start, Calendar.AddWorkingTime(start, added)));
    }

    [Theory, MemberData(nameof(Starts))]
    public void Is_negative_when_the_end_comes_first(DateTimeOffset start, double hours)
    {
        var end = Calendar.AddWorkingTime(start, TimeSpan.FromHours(hours));
        Assert.Equal(-Calendar.WorkingTimeBetween(start, end), Calendar.WorkingTimeBetween(end, start));
    }

    [Fact]
    public void Adding_the_working_time_between_two_working_moments_reaches_the_second()
    {
        var (from, to) = (At(2026, 9, 29, 10, 15), At(2026, 10, 12, 15, 45));
        Assert.Equal(to, Calendar.AddWorkingTime(from, Calendar.WorkingTimeBetween(from, to)));
    }

    [Fact]
    public void Time_outside_working_hours_counts_nothing()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(At(2026, 10, 1, 9, 0), At(2026, 10, 7, 17, 0)));
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(At(2026, 3, 10, 12, 0), At(2026, 3, 10, 13, 30)));
    }

    [Fact]
    public void The_year_2026_has_248_working_days()
    {
        Assert.Equal(TimeSpan.FromHours(248 * 7.5), Calendar.WorkingTimeBetween(At(2026, 1, 1), At(2027, 1, 1)));
    }
}
