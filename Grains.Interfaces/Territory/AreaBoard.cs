using GridActors.Configuration;
using GridActors.Incidents;
using GridActors.Warnings;
using GridActors.Workers;

namespace GridActors.Territory;

/// <summary>What an operations board shows of an area (a district, town, village or grid): its open
/// cases, its workers, its counts, the watermark to ask for changes after, and its open alerts.
/// <see cref="Warnings"/>, for admins only (null for everyone else), says what of the platform's
/// settings needs them, e.g. a year the working calendar has no holiday schedule for.
/// <see cref="EarlyWarnings"/> are the area's open early warnings (预警) in the snapshot a watch answers
/// with (null in a grain's own board), so a board shows them before any is pushed.</summary>
[GenerateSerializer, Immutable, Alias("area.board.v1")]
public sealed record AreaBoard(
    [property: Id(0)] string Code,
    [property: Id(1)] IReadOnlyList<IncidentSummary> Open,
    [property: Id(2)] IReadOnlyList<WorkerSummary> Workers,
    [property: Id(3)] AreaCounts Counts,
    [property: Id(4)] string Watermark,
    [property: Id(5)] IReadOnlyList<Alert> Alerts,
    [property: Id(6)] IReadOnlyList<ConfigurationWarning>? Warnings = null,
    [property: Id(7)] IReadOnlyList<EarlyWarning>? EarlyWarnings = null);

/// <summary>What changed after a watermark: the latest state of each case and worker that changed,
/// once each. <see cref="Reset"/> means the watermark is unknown here (the area restarted, or it is
/// too old): the client must take a fresh board. <see cref="Alerts"/> are all the open alerts, few
/// enough to send whole, so a board that missed an alert push catches up here too.</summary>
[GenerateSerializer, Immutable, Alias("area.changes.v1")]
public sealed record AreaChanges(
    [property: Id(0)] string Watermark,
    [property: Id(1)] bool Reset,
    [property: Id(2)] IReadOnlyList<IncidentSummary> Incidents,
    [property: Id(3)] IReadOnlyList<WorkerSummary> Workers,
    [property: Id(4)] AreaCounts Counts,
    [property: Id(5)] IReadOnlyList<Alert> Alerts);
