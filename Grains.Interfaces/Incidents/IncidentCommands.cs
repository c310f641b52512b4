using GridActors.Access;
using GridActors.Attachments;
using GridActors.Territory;

namespace GridActors.Incidents;

/// <summary>A request to change a case. Each is sent with a command id, so a retry is harmless.</summary>
[GenerateSerializer, Alias("incident.command")]
public abstract record IncidentCommand;

/// <summary>上报: a new report. Only the first command of a case. Without a grid code, the gateway
/// routes it by its <see cref="Location"/> to the grid the point lies in.</summary>
[GenerateSerializer, Immutable, Alias("incident.report.v1")]
public sealed record Report(
    [property: Id(0)] IncidentSource Source,
    [property: Id(1)] string Category,
    [property: Id(2)] Urgency Urgency,
    [property: Id(3)] string Title,
    [property: Id(5)] string? GridCode = null,
    [property: Id(4)] string? Description = null,
    [property: Id(6)] GeoPoint? Location = null,
    [property: Id(7)] string? Address = null) : IncidentCommand;

/// <summary>立案.</summary>
[GenerateSerializer, Immutable, Alias("incident.file.v1")]
public sealed record FileCase([property: Id(0)] string? Note = null) : IncidentCommand;

/// <summary>不予立案: needs a reason.</summary>
[GenerateSerializer, Immutable, Alias("incident.reject.v1")]
public sealed record Reject([property: Id(0)] string Reason) : IncidentCommand;

/// <summary>派遣 to a handler at a level: a worker id for the grid level, an area code for village,
/// town and district, a department code for a department.</summary>
[GenerateSerializer, Immutable, Alias("incident.dispatch.v1")]
public sealed record Dispatch(
    [property: Id(0)] HandlingLevel Level,
    [property: Id(1)] string Handler,
    [property: Id(2)] string? Note = null) : IncidentCommand;

/// <summary>签收: the handler acknowledges the assignment.</summary>
[GenerateSerializer, Immutable, Alias("incident.accept.v1")]
public sealed record Accept : IncidentCommand;

/// <summary>回退: the handler says the case is not theirs.</summary>
[GenerateSerializer, Immutable, Alias("incident.return.v1")]
public sealed record Return([property: Id(0)] string Reason) : IncidentCommand;

/// <summary>处置反馈: the handler reports what was done.</summary>
[GenerateSerializer, Immutable, Alias("incident.resolve.v1")]
public sealed record Resolve(
    [property: Id(0)] string Result,
    [property: Id(1)] IReadOnlyList<string>? PhotoUrls = null) : IncidentCommand;

/// <summary>核查 passed on site.</summary>
[GenerateSerializer, Immutable, Alias("incident.verify.v1")]
public sealed record Verify([property: Id(0)] string? Note = null) : IncidentCommand;

/// <summary>核查 failed: 返工, back to the handler.</summary>
[GenerateSerializer, Immutable, Alias("incident.rework.v1")]
public sealed record Rework([property: Id(0)] string Reason) : IncidentCommand;

/// <summary>结案.</summary>
[GenerateSerializer, Immutable, Alias("incident.close.v1")]
public sealed record Close([property: Id(0)] string? Note = null) : IncidentCommand;

/// <summary>综合评价: satisfaction from 1 (very dissatisfied) to 5 (very satisfied).</summary>
[GenerateSerializer, Immutable, Alias("incident.evaluate.v1")]
public sealed record Evaluate(
    [property: Id(0)] int Satisfaction,
    [property: Id(1)] string? Comment = null) : IncidentCommand;

/// <summary>互评: a party of a closed case scores the other side from 1 to 5, with a note; once per side.
/// The side follows from who gives it (see <see cref="MutualEvaluation"/>).</summary>
[GenerateSerializer, Immutable, Alias("incident.evaluate-mutually.v1")]
public sealed record EvaluateMutually(
    [property: Id(0)] int Score,
    [property: Id(1)] string? Note = null) : IncidentCommand;

/// <summary>流转: up a level, or to a department.</summary>
[GenerateSerializer, Immutable, Alias("incident.escalate.v1")]
public sealed record Escalate(
    [property: Id(0)] HandlingLevel Level,
    [property: Id(1)] string Handler,
    [property: Id(2)] string Reason) : IncidentCommand;

/// <summary>An unaccepted offer to a grid worker moves to another worker of the same grid: what the
/// platform does when the accept limit passes, or an operator when the first choice cannot come.</summary>
[GenerateSerializer, Immutable, Alias("incident.reoffer.v1")]
public sealed record Reoffer(
    [property: Id(0)] string Handler,
    [property: Id(1)] string Reason) : IncidentCommand;

/// <summary>合并: this report duplicates the open case <see cref="Into"/>; its reporters join that case
/// and this one ends. Allowed while reported or filed.</summary>
[GenerateSerializer, Immutable, Alias("incident.merge.v1")]
public sealed record Merge([property: Id(0)] string Into) : IncidentCommand;

/// <summary>The other half of a merge, given by the duplicate's grain to the case it merges into: the
/// duplicate's reporters join this case. Not a route of its own: operators send <see cref="Merge"/>.</summary>
[GenerateSerializer, Immutable, Alias("incident.add-reporters.v1")]
public sealed record AddReporters(
    [property: Id(0)] string From,
    [property: Id(1)] IReadOnlyList<Actor> Reporters) : IncidentCommand;

/// <summary>延期: an approved new deadline.</summary>
[GenerateSerializer, Immutable, Alias("incident.extend.v1")]
public sealed record Extend(
    [property: Id(0)] DateTimeOffset NewDeadline,
    [property: Id(1)] string Reason) : IncidentCommand;

/// <summary>缓办: approved deferral; the deadline clock stops until <see cref="Resume"/>.</summary>
[GenerateSerializer, Immutable, Alias("incident.defer.v1")]
public sealed record Defer([property: Id(0)] string Reason) : IncidentCommand;

/// <summary>Ends a deferral; the deadline moves on by the time spent deferred.</summary>
[GenerateSerializer, Immutable, Alias("incident.resume.v1")]
public sealed record Resume([property: Id(0)] string? Note = null) : IncidentCommand;

/// <summary>A photo already in the attachment store joins the case: sent by the gateway after it stored
/// the bytes (<c>POST /api/v1/incidents/{id}/attachments</c>), never with the bytes themselves.</summary>
[GenerateSerializer, Immutable, Alias("incident.attach.v1")]
public sealed record Attach([property: Id(0)] AttachmentRef Attachment) : IncidentCommand;

/// <summary>督办: a supervision notice on a late or important case.</summary>
[GenerateSerializer, Immutable, Alias("incident.supervise.v1")]
public sealed record Supervise([property: Id(0)] string Notice) : IncidentCommand;
