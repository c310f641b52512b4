using System.Text.Json;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;
using GridActors.Territory;

namespace GridActors.Tests.Assessment;

/// <summary>A case's events written by hand, in the log's own format (the typed records the case
/// grain logs, with the clocks it would carry), at the instants a test chooses: the input of an
/// assessment, with every deadline in plain sight.</summary>
public sealed class CaseLog(string id)
{
    public static readonly Actor System = new(Actor.SystemId, Role.Supervisor, "320412");
    public static readonly Actor Operator = new("op-1", Role.Operator, "320412101");

    private readonly List<LoggedEvent> events = [];
    private Deadlines clocks = Deadlines.None;
    private IncidentStatus status;
    private HandlingLevel? level;
    private string? handler;

    public IReadOnlyList<LoggedEvent> Events => events;

    /// <summary>An instant of 2026 at +08:00.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public CaseLog Reported(DateTimeOffset at, Actor by, string grid) =>
        Add(new CaseReported(by.Role == Role.Worker ? IncidentSource.Patrol : IncidentSource.Hotline12345, "environment.rubbish",
            Urgency.Normal, "路边垃圾", null, grid, null, null, null) { Status = IncidentStatus.Reported }, at, by);

    public CaseLog Filed(DateTimeOffset at, DateTimeOffset caseDue) =>
        Add(new CaseFiled(null) { Status = IncidentStatus.Filed }, at, Operator, clocks with { CaseStart = at, CaseDue = caseDue });

    public CaseLog Rejected(DateTimeOffset at) => Add(new CaseRejected("not a matter for the platform") { Status = IncidentStatus.Rejected }, at, Operator);

    public CaseLog Dispatched(DateTimeOffset at, HandlingLevel to, string who, DateTimeOffset acceptDue) =>
        Handled(new CaseDispatched(null) { Status = IncidentStatus.Dispatched }, at, System, to, who, Stage.Accept, acceptDue);

    public CaseLog Escalated(DateTimeOffset at, HandlingLevel to, string who, DateTimeOffset acceptDue) =>
        Handled(new CaseEscalated("beyond the town") { Status = IncidentStatus.Dispatched }, at, Operator, to, who, Stage.Accept, acceptDue);

    public CaseLog Accepted(DateTimeOffset at, Actor by, DateTimeOffset handleDue) =>
        Handled(new CaseAccepted { Status = IncidentStatus.Accepted }, at, by, level!.Value, handler!, Stage.Handle, handleDue);

    public CaseLog Returned(DateTimeOffset at, Actor by)
    {
        handler = null;
        return Add(new CaseReturned("not ours") { Status = IncidentStatus.Returned }, at, by, clocks with { Stage = null, StageVersion = 0, StageStart = null, StageDue = null, StageWarn = null });
    }

    public CaseLog Resolved(DateTimeOffset at, Actor by, DateTimeOffset verifyDue) =>
        Handled(new CaseResolved("cleared", null) { Status = IncidentStatus.Resolved }, at, by, level!.Value, handler!, Stage.Verify, verifyDue);

    public CaseLog Reworked(DateTimeOffset at, DateTimeOffset handleDue) =>
        Handled(new CaseReworked("still there") { Status = IncidentStatus.Reworked }, at, Operator, level!.Value, handler!, Stage.Handle, handleDue);

    public CaseLog Verified(DateTimeOffset at) =>
        Add(new CaseVerified(null) { Status = IncidentStatus.Verified }, at, Operator, clocks with { Stage = null, StageVersion = 0, StageStart = null, StageDue = null, StageWarn = null });

    public CaseLog Closed(DateTimeOffset at) => Add(new CaseClosed(null) { Status = IncidentStatus.Closed }, at, Operator, clocks with { StoppedAt = at });

    /// <summary>Merged into another case: its stage ends and its clock stops, as the case grain's clock does.</summary>
    public CaseLog Merged(DateTimeOffset at, string into) =>
        Add(new CaseMerged(into, null) { Status = IncidentStatus.Merged }, at, Operator,
            clocks with { Stage = null, StageVersion = 0, StageStart = null, StageDue = null, StageWarn = null, StoppedAt = at });

    public CaseLog Evaluated(DateTimeOffset at, int satisfaction) =>
        Add(new CaseEvaluated(satisfaction, null) { Status = IncidentStatus.Evaluated }, at, Operator);

    /// <summary>An approved extension moves the case deadline and the running stage's.</summary>
    public CaseLog Extended(DateTimeOffset at, DateTimeOffset caseDue, DateTimeOffset stageDue) =>
        Add(new CaseExtended("waiting for parts") { Status = status, Deadline = caseDue }, at, Operator, clocks with { CaseDue = caseDue, StageDue = stageDue });

    public CaseLog Deferred(DateTimeOffset at) => Add(new CaseDeferred("owner abroad") { Status = IncidentStatus.Deferred }, at, Operator, clocks with { StoppedAt = at });

    /// <summary>Back from a deferral, with both deadlines moved on by the time deferred.</summary>
    public CaseLog Resumed(DateTimeOffset at, IncidentStatus to, DateTimeOffset caseDue, DateTimeOffset stageDue) =>
        Add(new CaseResumed(null) { Status = to }, at, Operator, clocks with { StoppedAt = null, CaseDue = caseDue, StageDue = stageDue });

    public CaseLog MutuallyEvaluated(DateTimeOffset at, Actor by, EvaluationSide side, int score) =>
        Add(new CaseMutuallyEvaluated(side, score, null) { Status = status }, at, by);

    private CaseLog Handled(CaseEvent e, DateTimeOffset at, Actor by, HandlingLevel to, string who, Stage stage, DateTimeOffset stageDue)
    {
        (level, handler) = (to, who);
        return Add(e, at, by, clocks with { Stage = stage, StageVersion = events.Count + 1, StageStart = at, StageDue = stageDue, StageWarn = null, StoppedAt = null });
    }

    private CaseLog Add(CaseEvent e, DateTimeOffset at, Actor by, Deadlines? moved = null)
    {
        if (moved is not null) clocks = moved;
        status = e.Status;
        var version = events.Count + 1;
        var typed = e with { Level = e.Level ?? level, Handler = e.Handler ?? handler, Deadlines = moved };
        var data = JsonSerializer.SerializeToElement(typed, CaseEvents.Json);
        events.Add(new LoggedEvent(0, CaseEvents.Stream, id, version, data.GetProperty("type").GetString()!, $"{id}:{version}", by, at, data.GetRawText()));
        return this;
    }

    /// <summary>An alert of a grid's duty clock, raised and (if given) cleared, as the grid logs it.</summary>
    public static IEnumerable<LoggedEvent> Alert(string id, string grid, AlertKind kind, DateTimeOffset raised, DateTimeOffset? cleared)
    {
        yield return Compliance(id, 1, new AlertChanged(grid, kind, AlertChange.Raised, raised), raised);
        if (cleared is { } at) yield return Compliance(id, 2, new AlertChanged(grid, kind, AlertChange.Cleared, raised), at);
    }

    private static LoggedEvent Compliance(string id, long version, ComplianceEvent e, DateTimeOffset at)
    {
        var data = JsonSerializer.SerializeToElement(e, CaseEvents.Json);
        return new LoggedEvent(0, AlertChanged.Stream, id, version, data.GetProperty("type").GetString()!, $"alert:{id}:v{version}", System, at, data.GetRawText());
    }
}
