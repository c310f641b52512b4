using System.Diagnostics;

namespace GridActors.Benchmarks.Load;

/// <summary>What a closed-loop run achieved: operations that succeeded and failed, and the time taken.</summary>
public sealed record Throughput(int Succeeded, int Failed, TimeSpan Elapsed)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}

/// <summary>A fixed number of callers, each starting its next operation as soon as the last one
/// answers, until a count or a time limit is reached, whichever comes first. Closed loop, so the
/// figure is what the system sustains at that concurrency, not what an open arrival rate would see.</summary>
public static class ClosedLoop
{
    public static async Task<Throughput> Run(int concurrency, int maxOperations, TimeSpan maxTime, Func<int, Task<bool>> operation)
    {
        var issued = 0;
        var succeeded = 0;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        async Task Caller()
        {
            while (clock.Elapsed < maxTime && Interlocked.Increment(ref issued) is var n && n <= maxOperations)
            {
                if (await operation(n)) Interlocked.Increment(ref succeeded);
                else Interlocked.Increment(ref failed);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Caller)));
        return new Throughput(succeeded, failed, clock.Elapsed);
    }
}
