using GridActors.Incidents;

namespace GridActors.Workers;

/// <summary>A case dispatched to a worker, pending until the worker acknowledges it (签收).</summary>
[GenerateSerializer, Immutable, Alias("worker.assignment.v1")]
public sealed record Assignment(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] long Version,
    [property: Id(2)] string Title,
    [property: Id(3)] string Category,
    [property: Id(4)] Urgency Urgency,
    [property: Id(5)] string GridCode,
    [property: Id(6)] DateTimeOffset? DueAt);
