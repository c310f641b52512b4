using GridActors.Configuration;
using static GridActors.Tests.Calendar.CalendarFiles;

namespace GridActors.Tests.Calendar;

/// <summary>A calendar file with mistakes is refused with every mistake, each naming its entry.</summary>
public sealed class CalendarValidationTests
{
    [Fact]
    public void A_holiday_that_ends_before_it_starts_is_refused()
    {
        var problem = Assert.Single(ProblemsOf(WithYears(Year(2026, Holiday("国庆节", "2026-10-07", "2026-10-01")))));
        Assert.Equal("2026 holiday '国庆节'", problem.Entry);
        Assert.Contains("before it starts", problem.Problem);
    }

    [Fact]
    public void Overlapping_holidays_are_refused_naming_both()
    {
        var problem = Assert.Single(ProblemsOf(WithYears(Year(2026,
            Holiday("中秋节", "2026-09-25", "2026-10-01") + "," + Holiday("国庆节", "2026-10-01", "2026-10-07")))));
        Assert.Equal("2026 holiday '国庆节'", problem.Entry);
        Assert.Contains("'中秋节'", problem.Problem);
    }

    [Fact]
    public void An_adjusted_working_day_that_is_not_a_weekend_day_is_refused()
    {
        var problem = Assert.Single(ProblemsOf(WithYears(Year(2026, "", "\"2026-01-05\""))));
        Assert.Equal("2026 adjusted working day 2026-01-05", problem.Entry);
        Assert.Contains("Monday", problem.Problem);
    }

    [Fact]
    public void An_adjusted_working_day_inside_a_holiday_is_refused()
    {
        var problem = Assert.Single(ProblemsOf(WithYears(Year(2026, Holiday("国庆节", "2026-10-01", "2026-10-07"), "\"2026-10-03\""))));
        Assert.Equal(("2026 adjusted working day 2026-10-03", "falls within a holiday"), (problem.Entry, problem.Problem));
    }

    [Fact]
    public void Dates_outside_their_year_and_malformed_dates_are_refused()
    {
        var problems = ProblemsOf(WithYears(Year(2026, Holiday("元旦", "2027-01-01", "2027-01-01") + "," + Holiday("春节", "2026-02-30", "2026-03-01"))));
        Assert.Equal(["2026 holiday '元旦'", "2026 holiday '春节'"], problems.Select(p => p.Entry));
    }

    [Fact]
    public void A_year_listed_twice_is_refused()
    {
        Assert.Equal("2026", Assert.Single(ProblemsOf(WithYears(Year(2026, ""), Year(2026, "")))).Entry);
    }

    [Fact]
    public void Working_hours_that_end_before_they_start_or_overlap_are_refused()
    {
        var problems = ProblemsOf("""
            { "workingHours": [
                { "from": "08:30", "to": "12:00" },
                { "from": "11:00", "to": "17:30" },
                { "from": "19:00", "to": "18:00" },
                { "from": "8.30", "to": "20:00" } ] }
            """);
        Assert.Equal(["workingHours[1] 11:00-17:30", "workingHours[2] 19:00-18:00", "workingHours[3] 8.30-20:00"], problems.Select(p => p.Entry));
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var e = Assert.Throws<ConfigurationProblemException>(() => Load(WithYears(
            Year(2026, Holiday("国庆节", "2026-10-07", "2026-10-01"), "\"2026-01-05\""),
            Year(2027, Holiday("春节", "2027-02-10", "2027-02-05")))));
        Assert.Equal(3, e.Problems.Count);
        Assert.Contains("2027 holiday '春节'", e.Message);
    }

    [Fact]
    public void A_misspelt_key_or_broken_json_is_refused_not_ignored()
    {
        Assert.Single(ProblemsOf("""{ "years": [{ "year": 2026, "adjustedWorkDays": ["2026-01-04"] }] }"""));
        Assert.Single(ProblemsOf("""{ "years": [ """));
    }
}
