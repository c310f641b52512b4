using GridActors.Access;
using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Incidents;

/// <summary>Drives <see cref="IncidentRules"/> the way the grain does, without a cluster: decide,
/// and apply what was accepted. The clock moves a minute per command.</summary>
public sealed class CaseScript
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    public IncidentState State { get; } = new() { Id = "case-1" };
    public DateTimeOffset Now { get; private set; } = Start;
    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.Default;
    private int commands;

    public static Report AReport(string category = "environment.rubbish", string grid = People.Grid) =>
        new(IncidentSource.Patrol, category, Urgency.Normal, "Rubbish heap by the canal", grid, "Two bags", new GeoPoint(31.7, 119.95), "Canal Rd 3");

    public Decision Decide(IncidentCommand command, Actor actor, string? commandId = null) =>
        IncidentRules.Decide(State, command, new CommandContext(
            commandId ?? $"cmd-{++commands}", actor, Now, CategoryCatalogue.Default, Calendar, DeadlinePolicy.Default,
            GridExists: true, HandlerGrids: [People.Grid]));

    /// <summary>Applies a command that must be accepted; fails the test with the refusal otherwise.</summary>
    public CaseScript Do(IncidentCommand command, Actor actor, string? commandId = null)
    {
        Now = Now.AddMinutes(1);
        var decision = Decide(command, actor, commandId);
        Assert.True(decision.Refusal is null, $"{command} by {actor.Id} was refused: {decision.Refusal}");
        State.Apply(decision.Event!, command as Report);
        return this;
    }

    public CaseScript Advance(TimeSpan by)
    {
        Now += by;
        return this;
    }
}
