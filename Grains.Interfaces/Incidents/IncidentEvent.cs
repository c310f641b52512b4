using GridActors.Access;
using GridActors.Attachments;

namespace GridActors.Incidents;

/// <summary>What kind of change an event records.</summary>
public enum EventKind
{
    Reported, Filed, Rejected, Dispatched, Accepted, Returned, Resolved, Verified, Reworked,
    Closed, Evaluated, Escalated, Extended, Deferred, Resumed, Supervised,
    /// <summary>This report was merged into <see cref="IncidentEvent.OtherCase"/>.</summary>
    Merged,
    /// <summary>The reporters of the duplicate <see cref="IncidentEvent.OtherCase"/> joined this case.</summary>
    ReportersAdded,
    /// <summary>A photo was attached: <see cref="IncidentEvent.Attachment"/> names it.</summary>
    Attached,
    /// <summary>A party's mutual evaluation: <see cref="IncidentEvent.Side"/> gave
    /// <see cref="IncidentEvent.Satisfaction"/> (the score) and <see cref="IncidentEvent.Text"/> (the note).</summary>
    MutuallyEvaluated,
}

/// <summary>One entry of a case's history: who did what, when, and what the case became.
/// Version is monotonic per case, starting at 1 with the report. <see cref="Deadlines"/> is set
/// when the event starts, moves, stops or restarts a clock, so replaying the history rebuilds them.
/// A report names the open cases it likely duplicates; a merge names the other case and, on the case
/// merged into, the reporters who joined it; an attachment the stored photo it names; a mutual evaluation the side that gave it.</summary>
[GenerateSerializer, Immutable, Alias("incident.event.v1")]
public sealed record IncidentEvent(
    [property: Id(0)] long Version,
    [property: Id(1)] EventKind Kind,
    [property: Id(2)] string CommandId,
    [property: Id(3)] Actor By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] IncidentStatus Status,
    [property: Id(6)] HandlingLevel? Level = null,
    [property: Id(7)] string? Handler = null,
    [property: Id(8)] string? Text = null,
    [property: Id(9)] DateTimeOffset? Deadline = null,
    [property: Id(10)] int? Satisfaction = null,
    [property: Id(11)] IReadOnlyList<string>? PhotoUrls = null,
    [property: Id(12)] Deadlines? Deadlines = null,
    [property: Id(13)] IReadOnlyList<string>? LikelyDuplicateOf = null,
    [property: Id(14)] string? OtherCase = null,
    [property: Id(15)] IReadOnlyList<Actor>? Reporters = null,
    [property: Id(16)] AttachmentRef? Attachment = null,
    [property: Id(17)] EvaluationSide? Side = null);
