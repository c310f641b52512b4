using GridActors.Territory;

namespace GridActors.Workers;

[GenerateSerializer, Alias("worker.state.v1")]
public sealed class WorkerState
{
    [Id(0)] public WorkerProfile? Profile { get; set; }
    [Id(1)] public DutyStatus Duty { get; set; }
    [Id(2)] public GeoPoint? LastPosition { get; set; }
    [Id(3)] public DateTimeOffset? LastSeenAt { get; set; }
    [Id(4)] public Caseload Cases { get; set; } = new();
    [Id(5)] public long Version { get; set; }
    /// <summary>Silent past the limit since the last heartbeat; the next heartbeat clears it.</summary>
    [Id(6)] public bool Offline { get; set; }
}
