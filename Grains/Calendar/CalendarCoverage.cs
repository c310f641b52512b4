using GridActors.Configuration;

namespace GridActors.Calendar;

/// <summary>
/// Whether the working calendar knows the holidays of the years deadlines are counted into. A year
/// without a schedule counts Monday to Friday only, so a deadline in it may fall on a public holiday
/// and a moved weekend working day is missed. The State Council's notice for a year comes out in
/// the autumn before it; from 1 December (China Standard Time) a next year still without a schedule
/// is an omission someone must fix, and so, all year, is a current year without one.
/// </summary>
public static class CalendarCoverage
{
    public const string UnscheduledYearCode = "calendar.year-unscheduled";

    /// <summary>The month from whose first day next year's schedule is expected.</summary>
    public const int NextYearExpectedFrom = 12;

    /// <summary>The years the calendar should have a schedule for at <paramref name="now"/> and has
    /// not: this year, and from 1 December the next, in order.</summary>
    public static IReadOnlyList<int> MissingYears(WorkingCalendar calendar, DateTimeOffset now)
    {
        var today = now.ToOffset(WorkingCalendar.ChinaStandardTime);
        var expected = today.Month >= NextYearExpectedFrom ? new[] { today.Year, today.Year + 1 } : [today.Year];
        return [.. expected.Where(year => !calendar.HasScheduleFor(year))];
    }

    /// <summary>One warning per missing year, for readiness, the calendar endpoint and admins' boards.</summary>
    public static IReadOnlyList<ConfigurationWarning> Warnings(WorkingCalendar calendar, DateTimeOffset now) =>
        [.. MissingYears(calendar, now).Select(year => new ConfigurationWarning(UnscheduledYearCode,
            $"The working calendar has no holiday schedule for {year}: deadlines counted into {year} count Monday to Friday only, "
            + $"without its public holidays and moved working days. An admin adds {year} from the State Council General Office's notice on its holidays."))];

    /// <summary>The first year from <paramref name="from"/> to <paramref name="to"/> (China Standard
    /// Time, either order) without a schedule: a working-time count over that span went through it
    /// counting Monday to Friday only. Null when every year of the span is scheduled.</summary>
    public static int? FirstUnscheduledYear(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        var (first, last) = (from.ToOffset(WorkingCalendar.ChinaStandardTime).Year, to.ToOffset(WorkingCalendar.ChinaStandardTime).Year);
        if (last < first) (first, last) = (last, first);
        for (var year = first; year <= last; year++)
            if (!calendar.HasScheduleFor(year)) return year;
        return null;
    }
}
