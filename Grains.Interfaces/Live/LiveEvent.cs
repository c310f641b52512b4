using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Live;

/// <summary>A change pushed to screens. Push is at most once: each event carries the entity's
/// version or the area's watermark, so a client that sees a gap re-reads over REST.</summary>
[GenerateSerializer, Alias("live.event")]
public abstract record LiveEvent;

/// <summary>A case changed; sent to the watchers of the case and of the department whose queue holds
/// it. <see cref="LeftQueueOf"/>: the department whose queue the change took it out of (returned, sent
/// on, closed), whose watchers are told too. Areas' boards hear of it from each area, as
/// <see cref="AreaCaseChanged"/>.</summary>
[GenerateSerializer, Immutable, Alias("live.incident-changed.v1")]
public sealed record IncidentChanged(
    [property: Id(0)] IncidentSummary Incident,
    [property: Id(1)] string? LeftQueueOf = null) : LiveEvent;

/// <summary>A case changed as an area (or grid) recorded it; sent to that area's board watchers, in the
/// same batch as, and before, the <see cref="CountsChanged"/> whose watermark covers it. Published by
/// the area, not the case, so a board's watermark never runs ahead of a change it has not been sent:
/// pushes from two silos reach a gateway in no set order, and either silo may die in between.</summary>
[GenerateSerializer, Immutable, Alias("live.area-case-changed.v1")]
public sealed record AreaCaseChanged(
    [property: Id(0)] string Area,
    [property: Id(1)] IncidentSummary Incident) : LiveEvent;

/// <summary>A worker's duty, position or load changed; sent to the watchers of the worker's areas.</summary>
[GenerateSerializer, Immutable, Alias("live.worker-changed.v1")]
public sealed record WorkerChanged([property: Id(0)] WorkerSummary Worker) : LiveEvent;

/// <summary>An area's counts after a change, with its watermark.</summary>
[GenerateSerializer, Immutable, Alias("live.counts-changed.v1")]
public sealed record CountsChanged(
    [property: Id(0)] string Area,
    [property: Id(1)] AreaCounts Counts,
    [property: Id(2)] string Watermark) : LiveEvent;

/// <summary>A case offered to one worker; sent to that worker's app only.</summary>
[GenerateSerializer, Immutable, Alias("live.assignment-offered.v1")]
public sealed record AssignmentOffered(
    [property: Id(0)] string WorkerId,
    [property: Id(1)] Assignment Assignment) : LiveEvent;

/// <summary>A worker's report was merged into the open case of the same matter; sent to that
/// worker's app, so the reporter follows the case that goes on.</summary>
[GenerateSerializer, Immutable, Alias("live.report-merged.v1")]
public sealed record ReportMerged(
    [property: Id(0)] string WorkerId,
    [property: Id(1)] string ReportId,
    [property: Id(2)] string MergedInto) : LiveEvent;

/// <summary>A grid's duty clock raised an alert; sent to the watchers of the grid and its areas.</summary>
[GenerateSerializer, Immutable, Alias("live.alert-raised.v1")]
public sealed record AlertRaised([property: Id(0)] Alert Alert) : LiveEvent;

/// <summary>An alert was cleared (a patrol, a visit, a worker available, working hours over).</summary>
[GenerateSerializer, Immutable, Alias("live.alert-cleared.v1")]
public sealed record AlertCleared([property: Id(0)] Alert Alert) : LiveEvent;

/// <summary>An operator acknowledged an open alert; sent to the watchers of the grid and its areas.</summary>
[GenerateSerializer, Immutable, Alias("live.alert-acknowledged.v1")]
public sealed record AlertAcknowledged([property: Id(0)] Alert Alert) : LiveEvent;
