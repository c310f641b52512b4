using GridActors.Calendar;
using static GridActors.Tests.Calendar.Cst;

namespace GridActors.Tests.Calendar;

/// <summary>"Within N working days" ends when office hours close on the Nth working day after the
/// start's date; the start's own date is not counted.</summary>
public sealed class AddWorkingDaysTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    public static TheoryData<string, DateTimeOffset, int, DateTimeOffset> Cases => new()
    {
        { "the next day", At(2026, 3, 9, 10, 0), 1, At(2026, 3, 10, 17, 30) },
        { "late in the day changes nothing", At(2026, 3, 9, 17, 29), 1, At(2026, 3, 10, 17, 30) },
        { "over a weekend", At(2026, 3, 13, 10, 0), 1, At(2026, 3, 16, 17, 30) },
        { "from a Saturday, Monday is the first day", At(2026, 3, 14, 10, 0), 1, At(2026, 3, 16, 17, 30) },
        { "a week", At(2026, 3, 9, 10, 0), 5, At(2026, 3, 16, 17, 30) },
        { "demolish within 20 working days, over Mid-Autumn, National Day and two adjusted days", At(2026, 9, 15, 10, 0), 20, At(2026, 10, 19, 17, 30) },
        { "over Spring Festival", At(2026, 2, 13, 10, 0), 1, At(2026, 2, 14, 17, 30) },
        { "from the last day before Spring Festival", At(2026, 2, 14, 10, 0), 1, At(2026, 2, 24, 17, 30) },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Ends_at_the_close_of_the_last_working_day(string why, DateTimeOffset start, int days, DateTimeOffset expected)
    {
        var due = Calendar.AddWorkingDays(start, days);
        Assert.True(expected == due && due.Offset == TimeSpan.FromHours(8), $"{why}: expected {expected:O}, got {due:O}");
    }

    [Fact]
    public void Zero_days_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(At(2026, 3, 9, 10, 0), 0));
    }
}
