namespace GridActors.Benchmarks.Load;

/// <summary>How much the gateway run does: the full run the README's figures come from, or a quick
/// one (argument <c>quick</c>) that only proves every part still works.</summary>
public sealed record BenchSize(LoadShape Reports, LoadShape Baselines, int PushWarmup, int PushCommands, int SeededCases, int ListQueries)
{
    public static BenchSize Full { get; } = Of(new LoadShape(Concurrency: 32, WarmupOperations: 500, Operations: 5_000, Time: TimeSpan.FromSeconds(20)),
        // The baselines finish 5,000 operations in well under a second, too short a window to be
        // steady; ten times as many keep them inside the same time bound and make their rates stable.
        baselineOperations: 50_000, pushWarmup: 100, pushCommands: 1_000, seededCases: 100_000, listQueries: 1_000);

    public static BenchSize Quick { get; } = Of(new LoadShape(Concurrency: 32, WarmupOperations: 50, Operations: 300, Time: TimeSpan.FromSeconds(5)),
        baselineOperations: 3_000, pushWarmup: 10, pushCommands: 50, seededCases: 2_000, listQueries: 50);

    private static BenchSize Of(LoadShape reports, int baselineOperations, int pushWarmup, int pushCommands, int seededCases, int listQueries) =>
        new(reports, reports with { Operations = baselineOperations }, pushWarmup, pushCommands, seededCases, listQueries);
}
