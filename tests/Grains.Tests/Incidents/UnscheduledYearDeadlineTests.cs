using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Tests.Calendar;
using static GridActors.Tests.Calendar.CalendarFiles;

namespace GridActors.Tests.Incidents;

/// <summary>A deadline counted into a year the calendar has no holiday schedule for is marked on the
/// case. The calendar here knows 2026 alone, as the shipped one did in December 2026: 2027-01-01
/// (a Friday, and New Year's Day) counts as a working day. Exposed rubbish: case 4 working hours,
/// accept 1, handle 2.</summary>
public class UnscheduledYearDeadlineTests
{
    private static readonly WorkingCalendar Only2026 = Load(WithYears(Year(2026, Holiday("国庆节", "2026-10-01", "2026-10-07"))));

    private static CaseScript Reported(WorkingCalendar calendar) =>
        new CaseScript { Calendar = calendar }.Do(CaseScript.AReport(), People.Reporter);

    private static CaseScript DoAt(CaseScript s, DateTimeOffset at, IncidentCommand command, GridActors.Access.Actor actor) =>
        s.Advance(at - s.Now - TimeSpan.FromMinutes(1)).Do(command, actor);

    [Fact]
    public void A_case_filed_on_New_Years_Eve_whose_count_runs_into_the_unscheduled_year_is_marked()
    {
        var s = Reported(Only2026);
        DoAt(s, Cst.At(2026, 12, 31, 16), new FileCase(), People.Operator);

        // 16:00–17:30 on Thursday, then 08:30–11:00 on Friday 1 January, counted as a working day.
        Assert.Equal(Cst.At(2027, 1, 1, 11), s.State.DueAt);
        var view = s.State.ToView(s.Now);
        Assert.Equal((true, false), (view.DueEstimated, view.StageDueEstimated));
        Assert.Equal(
            ["dueAt was counted through 2027, which the working calendar had no holiday schedule for: "
             + "Monday to Friday only, so it may fall on a public holiday or miss a moved working day."],
            view.DeadlineWarnings);
        Assert.Equal((true, false), (s.State.ToSummary(s.Now).DueEstimated, s.State.ToSummary(s.Now).StageDueEstimated));

        // Accepting by 17:30 stays within 2026; handling (2 hours from 17:00) runs into 2027.
        DoAt(s, Cst.At(2026, 12, 31, 16, 30), Paths.Command("dispatch").Command, People.Operator);
        Assert.Equal((Cst.At(2026, 12, 31, 17, 30), null), (s.State.Deadlines.StageDue!.Value, s.State.Deadlines.StageUnscheduledYear));
        DoAt(s, Cst.At(2026, 12, 31, 17), new Accept(), People.Handler);
        Assert.Equal((Cst.At(2027, 1, 1, 10), 2027), (s.State.Deadlines.StageDue!.Value, s.State.Deadlines.StageUnscheduledYear));
        var summary = s.State.ToSummary(s.Now);
        Assert.Equal((true, true), (summary.DueEstimated, summary.StageDueEstimated));
        Assert.Equal(2, s.State.ToView(s.Now).DeadlineWarnings!.Count);
    }

    [Fact]
    public void A_case_whose_count_stays_within_the_scheduled_year_is_not_marked()
    {
        var s = Reported(Only2026);
        DoAt(s, Cst.At(2026, 12, 30, 9), new FileCase(), People.Operator);

        Assert.Equal(Cst.At(2026, 12, 30, 14, 30), s.State.DueAt);
        var view = s.State.ToView(s.Now);
        Assert.Equal((false, false), (view.DueEstimated, view.StageDueEstimated));
        Assert.Empty(view.DeadlineWarnings!);
        Assert.False(s.State.ToSummary(s.Now).DueEstimated);
    }

    [Fact]
    public void The_same_case_is_not_marked_once_the_calendar_has_next_years_schedule()
    {
        var s = Reported(Load(WithYears(Year(2026, ""), Year(2027, Holiday("元旦 (test data, not an official schedule)", "2027-01-01", "2027-01-01")))));
        DoAt(s, Cst.At(2026, 12, 31, 16), new FileCase(), People.Operator);

        Assert.Equal(Cst.At(2027, 1, 4, 11), s.State.DueAt);
        Assert.False(s.State.ToView(s.Now).DueEstimated);
    }

    [Fact]
    public void Natural_hours_need_no_calendar_and_are_never_marked()
    {
        var s = new CaseScript { Calendar = Only2026 }.Do(CaseScript.AReport("facilities.damaged") with { Urgency = Urgency.VeryUrgent }, People.Reporter);
        DoAt(s, Cst.At(2026, 12, 31, 22), new FileCase(), People.Operator);

        Assert.Equal(Cst.At(2027, 1, 1, 6), s.State.DueAt);
        Assert.False(s.State.ToView(s.Now).DueEstimated);
    }

    [Fact]
    public void Resuming_a_deferred_case_in_the_unscheduled_year_marks_the_deadlines_counted_again()
    {
        var s = Reported(Only2026);
        DoAt(s, Cst.At(2026, 12, 29, 9), new FileCase(), People.Operator);
        DoAt(s, Cst.At(2026, 12, 29, 9, 30), Paths.Command("dispatch").Command, People.Operator);
        DoAt(s, Cst.At(2026, 12, 29, 10), new Accept(), People.Handler);
        DoAt(s, Cst.At(2026, 12, 29, 10, 30), new Defer("owner abroad"), People.Supervisor);
        Assert.Equal((false, false), (s.State.ToView(s.Now).DueEstimated, s.State.ToView(s.Now).StageDueEstimated));

        DoAt(s, Cst.At(2027, 1, 4, 9), new Resume(), People.Operator);

        // Handling had 1 h 30 min left of 2 hours: 09:00–10:30 on Monday 4 January.
        Assert.Equal(Cst.At(2027, 1, 4, 10, 30), s.State.Deadlines.StageDue);
        Assert.Equal((true, true), (s.State.ToView(s.Now).DueEstimated, s.State.ToView(s.Now).StageDueEstimated));
    }
}
