using GridActors.Calendar;
using GridActors.Configuration;

namespace GridActors.Tests.Calendar;

public sealed class ShippedCalendarTests
{
    [Fact]
    public void Loads_without_problems_with_the_default_office_hours()
    {
        var calendar = WorkingCalendar.Load(ConfigurationJson.Embedded("china-holidays.json"));
        Assert.Equal(WorkingCalendar.DefaultHours, calendar.Hours);
        Assert.Equal(TimeSpan.FromHours(7.5), calendar.WorkingDayLength);
    }

    [Fact]
    public void Knows_2026_and_says_it_does_not_know_2027_yet()
    {
        Assert.Equal((true, false), (WorkingCalendar.Default.HasScheduleFor(2026), WorkingCalendar.Default.HasScheduleFor(2027)));
    }

    [Fact]
    public void A_file_without_working_hours_uses_the_default_hours()
    {
        Assert.Equal(WorkingCalendar.DefaultHours, CalendarFiles.Load("""{ "years": [] }""").Hours);
    }

    [Fact]
    public void Configured_working_hours_replace_the_default()
    {
        var calendar = CalendarFiles.Load("""{ "workingHours": [{ "from": "09:00", "to": "12:00" }, { "from": "14:00", "to": "18:00" }] }""");
        Assert.Equal(Cst.At(2026, 3, 10, 15, 0), calendar.AddWorkingTime(Cst.At(2026, 3, 10, 11, 0), TimeSpan.FromHours(2)));
    }
}
