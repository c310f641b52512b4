using System.Text.Json.Serialization;
using GridActors.Access;
using GridActors.Territory;

namespace GridActors.Incidents.Log;

/// <summary>A case's event as the log stores it: one record per kind, carrying what that kind says,
/// on a base that says what the case became (its status, who holds it, its clocks), so replaying
/// the events rebuilds the case without the rules or the calendar. The discriminator is the stable,
/// versioned type name (<c>case.dispatched.v1</c>); a kind whose shape changes gets a new name and the
/// old one keeps reading.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CaseReported), "case.reported.v1")]
[JsonDerivedType(typeof(CaseFiled), "case.filed.v1")]
[JsonDerivedType(typeof(CaseRejected), "case.rejected.v1")]
[JsonDerivedType(typeof(CaseDispatched), "case.dispatched.v1")]
[JsonDerivedType(typeof(CaseAccepted), "case.accepted.v1")]
[JsonDerivedType(typeof(CaseReturned), "case.returned.v1")]
[JsonDerivedType(typeof(CaseResolved), "case.resolved.v1")]
[JsonDerivedType(typeof(CaseVerified), "case.verified.v1")]
[JsonDerivedType(typeof(CaseReworked), "case.reworked.v1")]
[JsonDerivedType(typeof(CaseClosed), "case.closed.v1")]
[JsonDerivedType(typeof(CaseEvaluated), "case.evaluated.v1")]
[JsonDerivedType(typeof(CaseEscalated), "case.escalated.v1")]
[JsonDerivedType(typeof(CaseExtended), "case.extended.v1")]
[JsonDerivedType(typeof(CaseDeferred), "case.deferred.v1")]
[JsonDerivedType(typeof(CaseResumed), "case.resumed.v1")]
[JsonDerivedType(typeof(CaseSupervised), "case.supervised.v1")]
[JsonDerivedType(typeof(CaseMerged), "case.merged.v1")]
[JsonDerivedType(typeof(CaseReportersAdded), "case.reporters-added.v1")]
[JsonDerivedType(typeof(CaseAttached), "case.attached.v1")]
[JsonDerivedType(typeof(CaseMutuallyEvaluated), "case.mutually-evaluated.v1")]
public abstract record CaseEvent
{
    public required IncidentStatus Status { get; init; }
    public HandlingLevel? Level { get; init; }
    public string? Handler { get; init; }
    /// <summary>Set when the event started, moved, stopped or restarted a clock.</summary>
    public Deadlines? Deadlines { get; init; }
    /// <summary>The case deadline, when the event moved it (filing, an extension, a resumption).</summary>
    public DateTimeOffset? Deadline { get; init; }
}

/// <summary>上报.</summary>
public sealed record CaseReported(
    IncidentSource Source, string Category, Urgency Urgency, string Title, string? Description,
    string GridCode, GeoPoint? Location, string? Address, IReadOnlyList<string>? LikelyDuplicateOf) : CaseEvent;

public sealed record CaseFiled(string? Note) : CaseEvent;
public sealed record CaseRejected(string? Reason) : CaseEvent;
public sealed record CaseDispatched(string? Note) : CaseEvent;
public sealed record CaseAccepted : CaseEvent;
public sealed record CaseReturned(string? Reason) : CaseEvent;
public sealed record CaseResolved(string? Result, IReadOnlyList<string>? PhotoUrls) : CaseEvent;
public sealed record CaseVerified(string? Note) : CaseEvent;
public sealed record CaseReworked(string? Reason) : CaseEvent;
public sealed record CaseClosed(string? Note) : CaseEvent;
public sealed record CaseEvaluated(int? Satisfaction, string? Comment) : CaseEvent;
public sealed record CaseEscalated(string? Reason) : CaseEvent;
public sealed record CaseExtended(string? Reason) : CaseEvent;
public sealed record CaseDeferred(string? Reason) : CaseEvent;
public sealed record CaseResumed(string? Note) : CaseEvent;
public sealed record CaseSupervised(string? Notice) : CaseEvent;
public sealed record CaseMerged(string Into, string? Note) : CaseEvent;
public sealed record CaseReportersAdded(string From, IReadOnlyList<Actor> Reporters, string? Note) : CaseEvent;

/// <summary>A photo joined the case; its bytes are in the attachment store under the hash.</summary>
public sealed record CaseAttached(string Hash, string MediaType, long Size) : CaseEvent;

/// <summary>互评: one side of a closed case scored the other.</summary>
public sealed record CaseMutuallyEvaluated(EvaluationSide Side, int Score, string? Note) : CaseEvent;
