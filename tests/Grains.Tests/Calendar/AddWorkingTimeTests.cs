using GridActors.Calendar;
using static GridActors.Tests.Calendar.Cst;

namespace GridActors.Tests.Calendar;

/// <summary>Working-time deadlines on the shipped calendar: 08:30–12:00 and 13:30–17:30, with the
/// 2026 State Council schedule.</summary>
public sealed class AddWorkingTimeTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    public static TheoryData<string, DateTimeOffset, double, DateTimeOffset> Cases => new()
    {
        { "within a morning", At(2026, 3, 10, 9, 0), 1, At(2026, 3, 10, 10, 0) },
        { "over the lunch break", At(2026, 3, 10, 11, 0), 2, At(2026, 3, 10, 14, 30) },
        { "up to the end of the morning, not the start of the afternoon", At(2026, 3, 10, 9, 0), 3, At(2026, 3, 10, 12, 0) },
        { "over a night", At(2026, 3, 10, 17, 0), 1, At(2026, 3, 11, 9, 0) },
        { "over a weekend", At(2026, 3, 13, 16, 30), 2, At(2026, 3, 16, 9, 30) },
        { "over National Day (国庆节, 1–7 Oct)", At(2026, 9, 30, 16, 30), 2, At(2026, 10, 8, 9, 30) },
        { "onto an adjusted working Saturday (调休, 10 Oct)", At(2026, 10, 9, 17, 0), 1, At(2026, 10, 10, 9, 0) },
        { "onto an adjusted working Sunday (20 Sep), skipping the Saturday", At(2026, 9, 18, 17, 0), 1, At(2026, 9, 20, 9, 0) },
        { "over Spring Festival, whose holiday starts on a Sunday", At(2026, 2, 14, 17, 0), 1, At(2026, 2, 24, 9, 0) },
        { "over the year end and New Year onto the adjusted Sunday 4 Jan", At(2025, 12, 31, 16, 30), 2, At(2026, 1, 4, 9, 30) },
        { "from a Saturday morning", At(2026, 3, 14, 10, 0), 1, At(2026, 3, 16, 9, 30) },
        { "from before office hours", At(2026, 3, 10, 7, 0), 1, At(2026, 3, 10, 9, 30) },
        { "from the lunch break", At(2026, 3, 10, 12, 30), 0.5, At(2026, 3, 10, 14, 0) },
        { "from the evening", At(2026, 3, 10, 20, 0), 0.5, At(2026, 3, 11, 9, 0) },
        { "from a public holiday", At(2026, 10, 3, 10, 0), 7.5, At(2026, 10, 8, 17, 30) },
        { "a full week of working days", At(2026, 3, 9, 8, 30), 37.5, At(2026, 3, 13, 17, 30) },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Adds_working_time(string why, DateTimeOffset start, double hours, DateTimeOffset expected)
    {
        var due = Calendar.AddWorkingTime(start, TimeSpan.FromHours(hours));
        Assert.True(expected == due && due.Offset == TimeSpan.FromHours(8), $"{why}: expected {expected:O}, got {due:O}");
    }

    [Fact]
    public void A_start_in_another_offset_is_counted_on_the_China_clock_and_answered_at_plus_eight()
    {
        var due = Calendar.AddWorkingTime(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));
        Assert.Equal((At(2026, 3, 10, 10, 0), TimeSpan.FromHours(8)), (due, due.Offset));
    }

    [Fact]
    public void A_year_boundary_follows_the_next_years_schedule_when_one_is_configured()
    {
        var calendar = CalendarFiles.Load(CalendarFiles.WithYears(
            CalendarFiles.Year(2027, CalendarFiles.Holiday("元旦 (test data, not an official schedule)", "2027-01-01", "2027-01-03"))));
        Assert.Equal(At(2027, 1, 4, 9, 30), calendar.AddWorkingTime(At(2026, 12, 31, 16, 30), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Zero_working_time_is_the_start_itself()
    {
        Assert.Equal(At(2026, 3, 14, 10, 0), Calendar.AddWorkingTime(At(2026, 3, 14, 10, 0), TimeSpan.Zero));
    }

    [Fact]
    public void Negative_working_time_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(At(2026, 3, 10, 9, 0), TimeSpan.FromHours(-1)));
    }

    /// <summary>A minute-by-minute walk could not be exact to the tick, and a year of working time
    /// would take half a million steps; the calendar jumps by periods and days instead.</summary>
    [Fact]
    public void Arithmetic_is_exact_to_the_tick_and_spans_a_year_of_working_time()
    {
        Assert.Equal(At(2026, 3, 10, 9, 0).AddTicks(1), Calendar.AddWorkingTime(At(2026, 3, 10, 9, 0), TimeSpan.FromTicks(1)));
        Assert.Equal(At(2026, 3, 10, 13, 30).AddTicks(1), Calendar.AddWorkingTime(At(2026, 3, 10, 12, 0).AddTicks(-1), TimeSpan.FromTicks(2)));
        Assert.Equal(At(2026, 12, 31, 17, 30), Calendar.AddWorkingTime(At(2026, 1, 1), TimeSpan.FromHours(248 * 7.5)));
    }
}
