using GridActors.Calendar;
using static GridActors.Tests.Calendar.CalendarFiles;

namespace GridActors.Tests.Calendar;

/// <summary>Which years a calendar knows, and when a missing one becomes a warning: this year at any
/// time, next year from 1 December on the China Standard Time clock.</summary>
public sealed class CalendarCoverageTests
{
    private static readonly WorkingCalendar Only2026 = Load(WithYears(Year(2026, Holiday("国庆节", "2026-10-01", "2026-10-07"))));
    private static readonly WorkingCalendar Through2027 = Load(WithYears(Year(2027, ""), Year(2026, "")));

    [Fact]
    public void A_calendar_lists_the_years_it_has_a_schedule_for_in_order()
    {
        Assert.Equal([2026, 2027], Through2027.ScheduledYears);
    }

    [Fact]
    public void Until_the_end_of_November_a_missing_next_year_is_no_warning_yet()
    {
        Assert.Empty(CalendarCoverage.MissingYears(Only2026, Cst.At(2026, 11, 30, 23, 59)));
    }

    [Fact]
    public void From_1_December_in_China_a_missing_next_year_is_a_warning_naming_it()
    {
        // 2026-11-30 16:00 UTC is already 1 December at +08:00.
        Assert.Equal([2027], CalendarCoverage.MissingYears(Only2026, new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero)));
        Assert.Empty(CalendarCoverage.MissingYears(Only2026, new DateTimeOffset(2026, 11, 30, 15, 59, 0, TimeSpan.Zero)));

        var warning = Assert.Single(CalendarCoverage.Warnings(Only2026, Cst.At(2026, 12, 2, 9)));
        Assert.Equal(CalendarCoverage.UnscheduledYearCode, warning.Code);
        Assert.Equal(
            "The working calendar has no holiday schedule for 2027: deadlines counted into 2027 count Monday to Friday only, "
            + "without its public holidays and moved working days. An admin adds 2027 from the State Council General Office's notice on its holidays.",
            warning.Message);
    }

    [Fact]
    public void With_next_year_scheduled_December_has_no_warning()
    {
        Assert.Empty(CalendarCoverage.Warnings(Through2027, Cst.At(2026, 12, 2, 9)));
    }

    [Fact]
    public void A_current_year_without_a_schedule_stays_a_warning_all_year()
    {
        Assert.Equal([2027], CalendarCoverage.MissingYears(Only2026, Cst.At(2027, 1, 1, 0)));
        Assert.Equal([2027], CalendarCoverage.MissingYears(Only2026, Cst.At(2027, 6, 15, 9)));
        Assert.Equal([2027, 2028], CalendarCoverage.MissingYears(Only2026, Cst.At(2027, 12, 1, 9)));
    }

    [Fact]
    public void A_count_from_late_December_into_January_went_through_the_unscheduled_year()
    {
        Assert.Equal(2027, CalendarCoverage.FirstUnscheduledYear(Only2026, Cst.At(2026, 12, 31, 16), Cst.At(2027, 1, 4, 11)));
        Assert.Equal(2027, CalendarCoverage.FirstUnscheduledYear(Only2026, Cst.At(2027, 1, 4, 11), Cst.At(2026, 12, 31, 16)));
        Assert.Null(CalendarCoverage.FirstUnscheduledYear(Only2026, Cst.At(2026, 12, 30, 9), Cst.At(2026, 12, 31, 17, 30)));
        Assert.Null(CalendarCoverage.FirstUnscheduledYear(Through2027, Cst.At(2026, 12, 31, 16), Cst.At(2027, 1, 4, 11)));
        // 2026-12-31 16:30 UTC is 2027-01-01 00:30 in China.
        Assert.Equal(2027, CalendarCoverage.FirstUnscheduledYear(Only2026, Cst.At(2026, 12, 31, 9), new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)));
    }
}
