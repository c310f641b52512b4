using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Incidents;

public class InputTests
{
    public static TheoryData<string, Report> BadReports() => new()
    {
        { "category", CaseScript.AReport(category: "environment.unicorns") },
        { "title", CaseScript.AReport() with { Title = " " } },
        { "title", CaseScript.AReport() with { Title = new string('x', 201) } },
        { "description", CaseScript.AReport() with { Description = new string('x', 4001) } },
        { "address", CaseScript.AReport() with { Address = new string('x', 501) } },
        { "location", CaseScript.AReport() with { Location = new GeoPoint(91, 119.95) } },
        { "location", CaseScript.AReport() with { Location = new GeoPoint(31.7, -180.5) } },
        { "location", CaseScript.AReport() with { Location = new GeoPoint(double.NaN, 119.95) } },
        { "gridCode", CaseScript.AReport(grid: "320412101") },
        { "gridCode", CaseScript.AReport(grid: "") },
        { "urgency", CaseScript.AReport() with { Urgency = (Urgency)7 } },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public void A_bad_report_is_refused_naming_the_field(string field, Report report)
    {
        var decision = new CaseScript().Decide(report, People.Reporter);
        Assert.Equal((RefusalCode.Invalid, field), (decision.Refusal!.Code, decision.Refusal.Field));
    }

    [Fact]
    public void A_report_in_a_grid_that_does_not_exist_is_refused()
    {
        var s = new CaseScript();
        var decision = IncidentRules.Decide(s.State, CaseScript.AReport(), new CommandContext("c", People.Reporter, s.Now, CategoryCatalogue.Default, WorkingCalendar.Default, DeadlinePolicy.Default, GridExists: false));
        Assert.Equal(("gridCode", $"unknown grid {People.Grid}"), (decision.Refusal!.Field, decision.Refusal.Reason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    public void A_case_id_of_the_wrong_shape_is_refused(string id)
    {
        var s = new CaseScript();
        s.State.Id = id;
        Assert.Equal("id", s.Decide(CaseScript.AReport(), People.Reporter).Refusal!.Field);
    }

    [Fact]
    public void An_empty_command_id_is_refused()
    {
        var decision = new CaseScript().Decide(CaseScript.AReport(), People.Reporter, commandId: "");
        Assert.Equal("commandId", decision.Refusal!.Field);
    }

    public static TheoryData<IncidentStatus, IncidentCommand, string> BadCommands() => new()
    {
        { IncidentStatus.Filed, new Dispatch(HandlingLevel.Village, "320412101002", null), "handler" },
        { IncidentStatus.Filed, new Dispatch(HandlingLevel.Department, "Police Dept", null), "handler" },
        { IncidentStatus.Filed, new Dispatch(HandlingLevel.Grid, "", null), "handler" },
        { IncidentStatus.Filed, new Dispatch((HandlingLevel)9, "x", null), "level" },
        { IncidentStatus.Reported, new Reject(""), "reason" },
        { IncidentStatus.Accepted, new Resolve("", null), "result" },
        { IncidentStatus.Accepted, new Resolve("done", ["file:///etc/passwd"]), "photoUrls" },
        { IncidentStatus.Accepted, new Resolve("done", Enumerable.Repeat("https://p.example/a.jpg", 10).ToList()), "photoUrls" },
        { IncidentStatus.Accepted, new Escalate(HandlingLevel.Grid, "w-2", "down"), "level" },
        { IncidentStatus.Accepted, new Extend(CaseScript.Start, "too early"), "newDeadline" },
        { IncidentStatus.Closed, new Evaluate(6, null), "satisfaction" },
        { IncidentStatus.Closed, new Evaluate(0, null), "satisfaction" },
        { IncidentStatus.Dispatched, new Supervise(new string('x', 2001)), "notice" },
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public void A_command_with_bad_input_is_refused_naming_the_field(IncidentStatus state, IncidentCommand command, string field)
    {
        var s = Paths.To(state);
        var actor = command switch
        {
            Resolve or Escalate => People.Handler,
            Extend or Supervise => People.Supervisor,
            _ => People.Operator,
        };
        var decision = s.Decide(command, actor);
        Assert.Equal((RefusalCode.Invalid, field), (decision.Refusal!.Code, decision.Refusal.Field));
    }

    [Fact]
    public void A_worker_who_does_not_serve_the_grid_cannot_be_dispatched_to()
    {
        var s = Paths.To(IncidentStatus.Filed);
        var decision = IncidentRules.Decide(s.State, new Dispatch(HandlingLevel.Grid, "w-7", null),
            new CommandContext("c", People.Operator, s.Now, CategoryCatalogue.Default, WorkingCalendar.Default, DeadlinePolicy.Default, HandlerGrids: ["320412101001-04"]));
        Assert.Equal($"worker w-7 does not serve grid {People.Grid}", decision.Refusal!.Reason);
    }
}
