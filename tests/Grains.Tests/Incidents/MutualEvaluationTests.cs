using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Tests.Incidents;

/// <summary>互评 as the rules decide it: only the parties of a closed case, once per side.</summary>
public class MutualEvaluationTests
{
    /// <summary>A case the police resolved, verified by the reporting worker, closed.</summary>
    public static CaseScript ClosedByPolice() =>
        new CaseScript().Do(CaseScript.AReport(), People.Reporter)
            .Do(new FileCase(null), People.Operator)
            .Do(new Dispatch(HandlingLevel.Department, People.Police.Scope), People.Operator)
            .Do(new Accept(), People.Police)
            .Do(new Resolve("Dispersed"), People.Police)
            .Do(new Verify(null), People.Reporter)
            .Do(new Close(null), People.Operator);

    [Fact]
    public void The_grid_and_the_department_each_evaluate_the_other_once()
    {
        var s = ClosedByPolice().Do(new EvaluateMutually(4, "came quickly"), People.OtherWorker).Do(new EvaluateMutually(2), People.Police);

        Assert.Equal([(EvaluationSide.Grid, 4, "came quickly"), (EvaluationSide.Department, 2, (string?)null)],
            s.State.History.Where(e => e.Kind == EventKind.MutuallyEvaluated).Select(e => (e.Side!.Value, e.Satisfaction!.Value, e.Text)));
        Assert.Equal(RefusalCode.Conflict, s.Decide(new EvaluateMutually(5), People.Reporter).Refusal!.Code);
        Assert.Equal(RefusalCode.Conflict, s.Decide(new EvaluateMutually(5), People.Police).Refusal!.Code);
    }

    [Fact]
    public void Nobody_else_evaluates_and_nobody_before_the_case_is_closed()
    {
        var s = ClosedByPolice();

        foreach (var outsider in new[] { People.Operator, People.Supervisor, People.Hotline, People.OtherTownOperator,
                     new Actor("w-9", Role.Worker, "320412101001-04"), new Actor("fire-desk", Role.Department, "fire") })
            Assert.Equal(RefusalCode.NotPermitted, s.Decide(new EvaluateMutually(3), outsider).Refusal!.Code);
        Assert.Equal(("score", RefusalCode.Invalid), (s.Decide(new EvaluateMutually(0), People.Reporter).Refusal!.Field, s.Decide(new EvaluateMutually(6), People.Police).Refusal!.Code));
        Assert.Equal(RefusalCode.WrongState, Paths.To(IncidentStatus.Verified).Decide(new EvaluateMutually(3), People.Reporter).Refusal!.Code);
    }

    [Fact]
    public void A_case_the_grid_resolved_itself_has_no_other_party()
    {
        var s = Paths.To(IncidentStatus.Closed);

        Assert.Equal(RefusalCode.Conflict, s.Decide(new EvaluateMutually(3), People.Reporter).Refusal!.Code);
        Assert.Equal(RefusalCode.NotPermitted, s.Decide(new EvaluateMutually(3), People.Police).Refusal!.Code);
    }
}
