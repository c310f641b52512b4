using GridActors.Access;
using GridActors.Calendar;
using GridActors.Registers;
using GridActors.Territory;
using static GridActors.Registers.RegisterRules;

namespace GridActors.Tests.Territory;

public class GridDutyRulesTests
{
    private static DateTimeOffset Cst(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, WorkingCalendar.ChinaStandardTime);

    [Theory]
    [InlineData(11, 27, 8, 0, 11, 27, 8, 30)]   // before office hours: they begin
    [InlineData(11, 27, 8, 30, 11, 27, 12, 0)]  // at the start: the morning ends
    [InlineData(11, 27, 12, 0, 11, 27, 13, 30)] // lunch
    [InlineData(11, 27, 17, 30, 11, 30, 8, 30)] // Friday evening: Monday morning
    [InlineData(9, 30, 17, 30, 10, 8, 8, 30)]   // over the National Day holiday
    [InlineData(10, 9, 17, 30, 10, 10, 8, 30)]  // to its adjusted working Saturday
    public void The_next_working_hours_boundary_skips_lunch_nights_weekends_and_holidays(int m, int d, int h, int min, int em, int ed, int eh, int emin) =>
        Assert.Equal(Cst(em, ed, eh, emin), GridDutyRules.NextWorkingBoundary(WorkingCalendar.Default, Cst(m, d, h, min)));

    [Fact]
    public void A_repeated_review_raises_nothing_twice()
    {
        var grid = new GridState { Defined = true, DutiesSince = Cst(11, 23, 9) };
        var now = Cst(11, 24, 9);
        var first = GridDutyRules.Review("320412101001-01", grid, now, WorkingCalendar.Default, anyAvailable: true);
        var alert = Assert.Single(first);
        grid.Alerts[alert.Id] = alert;
        Assert.Empty(GridDutyRules.Review("320412101001-01", grid, now.AddMinutes(5), WorkingCalendar.Default, anyAvailable: true));
    }

    public static TheoryData<Actor, bool, bool, bool, bool, bool> Matrix => new()
    {
        // actor: read, change, remove and audit, visit, count
        { new("w-1", Role.Worker, "320412101001-01"), true, true, false, true, true },
        { new("w-9", Role.Worker, "320412101001-01"), false, false, false, false, false },       // not a worker of the grid
        { new("sup", Role.Supervisor, "320412101"), true, true, true, false, true },
        { new("sup-far", Role.Supervisor, "320412102"), false, false, false, false, false },   // another town
        { new("op", Role.Operator, "320412101"), false, false, false, false, true },
        { new("admin", Role.Admin, "320412"), false, false, false, false, true },
        { new("police", Role.Department, "police"), false, false, false, false, false },
        { new("hotline", Role.External, "12345"), false, false, false, false, false },
    };

    [Theory, MemberData(nameof(Matrix))]
    public void Register_entries_go_only_to_the_grids_workers_and_its_supervisors_and_counts_to_its_command_centres_too(
        Actor actor, bool read, bool change, bool removeAndAudit, bool visit, bool count)
    {
        bool May(Act act) => Permission(act, actor, "320412101001-01", ["w-1"]) is null;
        Assert.Equal((read, change, removeAndAudit, removeAndAudit, visit, count),
            (May(Act.Read), May(Act.Change), May(Act.Remove), May(Act.ReadAudit), May(Act.Visit), May(Act.Count)));
    }

    [Theory]
    [InlineData("name", "", "Canal road 1", 7)]
    [InlineData("address", "Wang", " ", 7)]
    [InlineData("visitEveryDays", "Wang", "Canal road 1", 0)]
    [InlineData("visitEveryDays", "Wang", "Canal road 1", 366)]
    public void Bad_entries_are_refused_naming_the_field(string field, string name, string address, int days) =>
        Assert.Equal(field, InputProblem(new RegisterEntryInput(RegisterKind.KeyPerson, name, address, days))!.Field);
}
