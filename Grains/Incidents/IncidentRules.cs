using GridActors.Access;
using GridActors.Attachments;
using static GridActors.Incidents.IncidentStatus;

namespace GridActors.Incidents;

/// <summary>The case lifecycle as a state machine. Each command is checked in the same order: does
/// the case exist, is the command allowed in its state, may this actor give it, is its input valid.</summary>
public static class IncidentRules
{
    private static readonly IncidentStatus[] BeingHandled = [Dispatched, Accepted, Reworked];
    private static readonly IncidentStatus[] Open = [.. Enum.GetValues<IncidentStatus>().Where(status => status.IsOpen())];

    public static Decision Decide(IncidentState s, IncidentCommand command, CommandContext c)
    {
        if (Text.Problem("commandId", c.CommandId, Limits.Id, required: true) is { } badId) return badId;
        if (Text.Problem("actor.id", c.Actor.Id, Limits.Id, required: true) is { } badActor) return badActor;
        if (command is Report report)
            return s.Exists ? Refusal.Conflict($"a case was already reported as {s.Id}") : DecideReport(s, report, c);
        if (!s.Exists) return Refusal.NotFound("no case was reported under this id");

        return WithClocks(s, c, command switch
        {
            FileCase f => Step(s, c, "file", [Reported], Manages(s, c.Actor),
                Text.Problem("note", f.Note, Limits.Note),
                () => Event(s, c, EventKind.Filed, Filed, text: f.Note)),
            Reject r => Step(s, c, "reject", [Reported], Manages(s, c.Actor),
                Text.Problem("reason", r.Reason, Limits.Note, required: true),
                () => Event(s, c, EventKind.Rejected, Rejected, text: r.Reason)),
            Dispatch d => Step(s, c, "dispatch", [Filed, Returned], Manages(s, c.Actor),
                Text.Problem("note", d.Note, Limits.Note) ?? Targets.Problem(s, d.Level, d.Handler, c),
                () => Event(s, c, EventKind.Dispatched, Dispatched, d.Level, d.Handler, d.Note)),
            Accept => Step(s, c, "accept", [Dispatched], IsHandler(s, c.Actor), null,
                () => Event(s, c, EventKind.Accepted, Accepted, s.Level, s.Handler)),
            Return r => Step(s, c, "return", [Dispatched, Accepted], IsHandler(s, c.Actor),
                Text.Problem("reason", r.Reason, Limits.Note, required: true),
                () => Event(s, c, EventKind.Returned, Returned, s.Level, text: r.Reason)),
            Resolve r => Step(s, c, "resolve", [Accepted, Reworked], IsHandler(s, c.Actor),
                Text.Problem("result", r.Result, Limits.Note, required: true) ?? Text.PhotoProblem(r.PhotoUrls),
                () => Event(s, c, EventKind.Resolved, Resolved, s.Level, s.Handler, r.Result, photos: r.PhotoUrls)),
            Verify v => Step(s, c, "verify", [Resolved], Verifies(s, c.Actor),
                Text.Problem("note", v.Note, Limits.Note),
                () => Event(s, c, EventKind.Verified, Verified, s.Level, s.Handler, v.Note)),
            Rework r => Step(s, c, "rework", [Resolved], Verifies(s, c.Actor),
                Text.Problem("reason", r.Reason, Limits.Note, required: true),
                () => Event(s, c, EventKind.Reworked, Reworked, s.Level, s.Handler, r.Reason)),
            Close cl => Step(s, c, "close", [Verified], Manages(s, c.Actor),
                Text.Problem("note", cl.Note, Limits.Note),
                () => Event(s, c, EventKind.Closed, Closed, s.Level, s.Handler, cl.Note)),
            Evaluate e => Step(s, c, "evaluate", [Closed], Manages(s, c.Actor) || c.Actor == s.Reporter,
                (e.Satisfaction is < 1 or > 5 ? Refusal.Invalid("satisfaction", "satisfaction is from 1 to 5") : null)
                    ?? Text.Problem("comment", e.Comment, Limits.Note),
                () => Event(s, c, EventKind.Evaluated, Evaluated, s.Level, s.Handler, e.Comment, satisfaction: e.Satisfaction)),
            EvaluateMutually m => Step(s, c, "evaluate the other party of", [Closed, Evaluated],
                MutualEvaluation.SideOf(c.Actor, s.GridCode, s.History) is not null,
                MutualEvaluationProblem(s, m, c.Actor),
                () => Event(s, c, EventKind.MutuallyEvaluated, s.Status, s.Level, s.Handler, m.Note, satisfaction: m.Score)
                    with { Side = MutualEvaluation.SideOf(c.Actor, s.GridCode, s.History) }),
            Reoffer r => Step(s, c, "reoffer", [Dispatched], Manages(s, c.Actor),
                (s.Level != HandlingLevel.Grid ? Refusal.Invalid("level", "only an offer to a grid worker moves to another worker") : null)
                    ?? Text.Problem("reason", r.Reason, Limits.Note, required: true)
                    ?? (r.Handler == s.Handler ? Refusal.Invalid("handler", $"the case is already offered to {r.Handler}") : null)
                    ?? Targets.Problem(s, HandlingLevel.Grid, r.Handler, c),
                () => Event(s, c, EventKind.Dispatched, Dispatched, HandlingLevel.Grid, r.Handler, r.Reason)),
            Escalate e => Step(s, c, "escalate", [Dispatched, Accepted, Returned, Reworked], Manages(s, c.Actor) || IsHandler(s, c.Actor),
                Text.Problem("reason", e.Reason, Limits.Note, required: true) ?? Targets.EscalationProblem(s, e.Level, e.Handler, c),
                () => Event(s, c, EventKind.Escalated, Dispatched, e.Level, e.Handler, e.Reason)),
            Merge m => Step(s, c, "merge", [Reported, Filed], Manages(s, c.Actor),
                (!Ids.IsValid(m.Into) ? Refusal.Invalid("into", Ids.Rule) : null)
                    ?? (m.Into == s.Id ? Refusal.Invalid("into", "a case cannot be merged into itself") : null),
                () => Event(s, c, EventKind.Merged, Merged, text: $"merged into {m.Into}") with { OtherCase = m.Into }),
            AddReporters a => Step(s, c, "add reporters to", Open, Manages(s, c.Actor),
                (!Ids.IsValid(a.From) || a.From == s.Id ? Refusal.Invalid("from", "the duplicate is another case") : null)
                    ?? (a.Reporters is not { Count: > 0 } ? Refusal.Invalid("reporters", "a merge brings at least one reporter") : null),
                () => Event(s, c, EventKind.ReportersAdded, s.Status, s.Level, s.Handler, $"merged from {a.From}") with { OtherCase = a.From, Reporters = a.Reporters }),
            Extend x => Step(s, c, "extend", BeingHandled, Approves(s, c.Actor),
                Text.Problem("reason", x.Reason, Limits.Note, required: true) ?? DeadlineProblem(s, x.NewDeadline, c.Now),
                () => Event(s, c, EventKind.Extended, s.Status, s.Level, s.Handler, x.Reason, x.NewDeadline)),
            Defer d => Step(s, c, "defer", BeingHandled, Approves(s, c.Actor),
                Text.Problem("reason", d.Reason, Limits.Note, required: true),
                () => Event(s, c, EventKind.Deferred, Deferred, s.Level, s.Handler, d.Reason)),
            Resume r => Step(s, c, "resume", [Deferred], Manages(s, c.Actor),
                Text.Problem("note", r.Note, Limits.Note),
                () => Event(s, c, EventKind.Resumed, s.ResumeStatus!.Value, s.Level, s.Handler, r.Note)),
            Attach a => Step(s, c, "attach a photo to", Open, Manages(s, c.Actor) || IsHandler(s, c.Actor) || s.AllReporters.Contains(c.Actor),
                AttachmentProblem(s, a.Attachment),
                () => Event(s, c, EventKind.Attached, s.Status, s.Level, s.Handler) with { Attachment = a.Attachment }),
            Supervise v => Step(s, c, "supervise", Open,
                Approves(s, c.Actor),
                Text.Problem("notice", v.Notice, Limits.Note, required: true),
                () => Event(s, c, EventKind.Supervised, s.Status, s.Level, s.Handler, v.Notice)),
            _ => Refusal.Invalid("command", $"unknown command {command.GetType().Name}"),
        });
    }

    /// <summary>Adds to an accepted event the clocks it starts, moves, stops or restarts; the event
    /// names the case deadline whenever it moved it.</summary>
    private static Decision WithClocks(IncidentState s, CommandContext c, Decision decision) =>
        decision.Event is { } e && DeadlineClock.After(s, e, c) is { } clocks
            ? e with { Deadlines = clocks, Deadline = e.Deadline ?? (clocks.CaseDue != s.DueAt ? clocks.CaseDue : null) }
            : decision;

    private static Decision DecideReport(IncidentState s, Report r, CommandContext c)
    {
        var problem =
            (!Ids.IsValid(s.Id) ? Refusal.Invalid("id", Ids.Rule) : null)
            ?? (c.Categories.Find(r.Category) is null ? Refusal.Invalid("category", $"unknown category '{r.Category}'") : null)
            ?? (!Enum.IsDefined(r.Source) ? Refusal.Invalid("source", "unknown source") : null)
            ?? (!Enum.IsDefined(r.Urgency) ? Refusal.Invalid("urgency", "unknown urgency") : null)
            ?? Text.Problem("title", r.Title, Limits.Title, required: true)
            ?? Text.Problem("description", r.Description, Limits.Description)
            ?? Text.Problem("address", r.Address, Limits.Address)
            ?? (r.Location is { IsValid: false } ? Refusal.Invalid("location", Expected.Position) : null)
            ?? (!AreaCode.IsGrid(r.GridCode) ? Refusal.Invalid("gridCode", Expected.GridCode)
                : !c.GridExists ? Refusal.Invalid("gridCode", $"unknown grid {r.GridCode}") : null);
        if (problem is not null) return problem;
        return new IncidentEvent(1, EventKind.Reported, c.CommandId, c.Actor, c.Now, Reported, Text: r.Title,
            LikelyDuplicateOf: c.LikelyDuplicates is { Count: > 0 } duplicates ? duplicates : null);
    }

    private static Decision Step(IncidentState s, CommandContext c, string name, IncidentStatus[] allowedFrom,
        bool permitted, Refusal? inputProblem, Func<IncidentEvent> happen)
    {
        if (Array.IndexOf(allowedFrom, s.Status) < 0) return Refusal.WrongState(s.Status, name);
        if (!permitted) return Refusal.NotPermitted($"{c.Actor.Role} {c.Actor.Id} may not {name} this case");
        return inputProblem is not null ? inputProblem : happen();
    }

    private static IncidentEvent Event(IncidentState s, CommandContext c, EventKind kind, IncidentStatus status,
        HandlingLevel? level = null, string? handler = null, string? text = null, DateTimeOffset? deadline = null,
        int? satisfaction = null, IReadOnlyList<string>? photos = null) =>
        new(s.Version + 1, kind, c.CommandId, c.Actor, c.Now, status, level, handler, text, deadline, satisfaction, photos);

    /// <summary>Operators and supervisors of an area manage the cases in it.</summary>
    private static bool Manages(IncidentState s, Actor a) =>
        a.Role is Role.Operator or Role.Supervisor && a.Covers(s.GridCode);

    /// <summary>Approvals (extension, deferral) and supervision notices are a supervisor's.</summary>
    private static bool Approves(IncidentState s, Actor a) => a.Role == Role.Supervisor && a.Covers(s.GridCode);

    private static bool IsHandler(IncidentState s, Actor a) => s.Level is { } level && a.IsHandler(level, s.Handler);

    /// <summary>Verified on site by the worker who reported it, or by the area's command centre.</summary>
    private static bool Verifies(IncidentState s, Actor a) =>
        Manages(s, a) || (a.Role == Role.Worker && a == s.Reporter);

    /// <summary>The gateway attaches only what the store named; a photo already on the case is not added twice.</summary>
    private static Refusal? AttachmentProblem(IncidentState s, AttachmentRef attachment) =>
        !AttachmentKinds.IsHash(attachment.Hash) ? Refusal.Invalid("hash", AttachmentKinds.HashRule)
        : attachment.MediaType is not (AttachmentKinds.Jpeg or AttachmentKinds.Png or AttachmentKinds.WebP) ? Refusal.Invalid("mediaType", AttachmentKinds.Allowed)
        : s.History.Exists(e => e.Attachment?.Hash == attachment.Hash) ? Refusal.Conflict($"photo {attachment.Hash} is already attached to this case")
        : null;

    /// <summary>A score from 1 to 5, once per side, and only while there is a department on the other side.</summary>
    private static Refusal? MutualEvaluationProblem(IncidentState s, EvaluateMutually m, Actor actor) =>
        m.Score is < 1 or > 5 ? Refusal.Invalid("score", "score is from 1 to 5")
        : Text.Problem("note", m.Note, Limits.Note)
        ?? (MutualEvaluation.HandlingDepartment(s.History) is null
            ? Refusal.Conflict("no department resolved this case, so there is no other party to evaluate")
            : s.History.Exists(e => e.Kind == EventKind.MutuallyEvaluated && e.Side == MutualEvaluation.SideOf(actor, s.GridCode, s.History))
                ? Refusal.Conflict("this side has already evaluated the case; an evaluation is given once")
                : null);

    private static Refusal? DeadlineProblem(IncidentState s, DateTimeOffset deadline, DateTimeOffset now) =>
        deadline <= now || (s.DueAt is { } due && deadline <= due)
            ? Refusal.Invalid("newDeadline", "an extension must move the deadline later than it is now")
            : null;
}
