using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Scale;

/// <summary>How much each shape of the scale run does: the full run the province plan's figures come
/// from (about ten minutes on two cores), or a quick one (<c>scale quick</c>) that proves it still works.</summary>
public sealed record ScaleSize(LoadShape Reports, int PushWarmup, int PushCommands)
{
    public static ScaleSize Full { get; } = new(new LoadShape(Concurrency: 32, WarmupOperations: 300, Operations: 6_000, Time: TimeSpan.FromSeconds(20)), 20, 300);

    public static ScaleSize Quick { get; } = new(new LoadShape(Concurrency: 32, WarmupOperations: 30, Operations: 300, Time: TimeSpan.FromSeconds(5)), 5, 30);
}
