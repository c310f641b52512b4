using GridActors.Calendar;
using static GridActors.Tests.Calendar.Cst;

namespace GridActors.Tests.Calendar;

public sealed class IsWorkingTimeTests
{
    public static TheoryData<DateTimeOffset, bool> Moments => new()
    {
        { At(2026, 3, 9, 8, 30), true },
        { At(2026, 3, 9, 8, 29), false },
        { At(2026, 3, 9, 11, 59), true },
        { At(2026, 3, 9, 12, 0), false },
        { At(2026, 3, 9, 13, 30), true },
        { At(2026, 3, 9, 17, 30), false },
        { At(2026, 3, 14, 10, 0), false },
        { At(2026, 10, 1, 10, 0), false },
        { At(2026, 10, 10, 10, 0), true },
        { At(2026, 1, 4, 10, 0), true },
        { new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero), true },
    };

    [Theory, MemberData(nameof(Moments))]
    public void Knows_office_hours_weekends_holidays_and_adjusted_days(DateTimeOffset t, bool working)
    {
        Assert.Equal(working, WorkingCalendar.Default.IsWorkingTime(t));
    }
}
