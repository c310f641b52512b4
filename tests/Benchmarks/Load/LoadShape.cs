namespace GridActors.Benchmarks.Load;

/// <summary>How hard and how long a throughput run drives its target. A warm-up first, so JIT,
/// connection set-up, grain activation of the territory and pool growth are not measured.</summary>
public sealed record LoadShape(int Concurrency, int WarmupOperations, int Operations, TimeSpan Time)
{
    public Task Warm(Func<int, Task<bool>> operation) => ClosedLoop.Run(Concurrency, WarmupOperations, Time, operation);

    public Task<Throughput> Measure(Func<int, Task<bool>> operation) => ClosedLoop.Run(Concurrency, Operations, Time, operation);
}
