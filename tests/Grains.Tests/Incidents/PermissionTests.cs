using GridActors.Access;
using GridActors.Incidents;
using static GridActors.Incidents.IncidentStatus;

namespace GridActors.Tests.Incidents;

public class PermissionTests
{
    public static TheoryData<IncidentStatus, string, Actor> Refused() => new()
    {
        { Reported, "file", People.Reporter },
        { Reported, "file", People.OtherTownOperator },
        { Reported, "reject", People.Hotline },
        { Filed, "dispatch", People.Admin },
        { Dispatched, "accept", People.OtherWorker },
        { Dispatched, "accept", People.Operator },
        { Accepted, "resolve", People.Police },
        { Accepted, "return", People.Reporter },
        { Resolved, "verify", People.Handler },
        { Resolved, "rework", People.OtherWorker },
        { Verified, "close", People.Supervisor with { Scope = "320412102" } },
        { Closed, "evaluate", People.Handler },
        { Accepted, "extend", People.Operator },
        { Accepted, "defer", People.Operator },
        { Deferred, "resume", People.Handler },
        { Dispatched, "supervise", People.Operator },
        { Dispatched, "escalate", People.OtherWorker },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Only_the_right_role_in_the_right_area_may_give_a_command(IncidentStatus state, string name, Actor actor)
    {
        var script = Paths.To(state);
        var decision = script.Decide(Paths.Command(name).Command, actor);
        Assert.Equal(RefusalCode.NotPermitted, decision.Refusal!.Code);
        Assert.Equal($"{actor.Role} {actor.Id} may not {name} this case", decision.Refusal.Reason);
    }

    [Fact]
    public void A_department_accepts_and_resolves_what_was_dispatched_to_it()
    {
        var s = Paths.To(Filed)
            .Do(new Dispatch(HandlingLevel.Department, "police", null), People.Operator)
            .Do(new Accept(), People.Police)
            .Do(new Resolve("Patrol sent", null), People.Police);
        Assert.Equal(Resolved, s.State.Status);
    }

    [Fact]
    public void An_external_system_may_evaluate_what_it_reported()
    {
        var s = new CaseScript().Do(CaseScript.AReport() with { Source = IncidentSource.Hotline12345 }, People.Hotline);
        foreach (var step in new[] { "file", "dispatch", "accept", "resolve" }) s.Do(Paths.Command(step).Command, Paths.Command(step).Actor);
        s.Do(new Verify(null), People.Operator).Do(new Close(null), People.Operator).Do(new Evaluate(4, "caller satisfied"), People.Hotline);
        Assert.Equal(4, s.State.Satisfaction);
    }
}
