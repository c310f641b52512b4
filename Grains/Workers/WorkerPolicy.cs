namespace GridActors.Workers;

/// <summary>How the platform reads workers' signs of life.</summary>
/// <param name="SilenceLimit">A worker whose app has sent no heartbeat for this long is offline: no
/// case is offered to them and their unacknowledged offers move on. Ten minutes is a few missed
/// heartbeats of a worker app that beats every minute or two, not a short dead spot in coverage.</param>
public sealed record WorkerPolicy(TimeSpan SilenceLimit)
{
    public static readonly WorkerPolicy Default = new(TimeSpan.FromMinutes(10));

    /// <summary>When a worker last heard from at <paramref name="lastSeenAt"/> goes offline. A worker
    /// never heard from is not timed: their duty is set by a command centre, not kept by an app.</summary>
    public DateTimeOffset? OfflineAt(DateTimeOffset? lastSeenAt) => lastSeenAt + SilenceLimit;

    public bool IsSilent(DateTimeOffset? lastSeenAt, DateTimeOffset now) => OfflineAt(lastSeenAt) <= now;
}
