using System.Collections.Concurrent;
using System.Diagnostics;

namespace GridActors.Benchmarks.Load;

/// <summary>What a closed-loop run achieved: operations that succeeded and failed, the time taken,
/// and how long each succeeded operation took from its start to its answer.</summary>
public sealed record Throughput(int Succeeded, int Failed, TimeSpan Elapsed, Latencies Latency)
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
        var failed = 0;
        var took = new ConcurrentQueue<long>();
        var clock = Stopwatch.StartNew();
        async Task Caller()
        {
            while (clock.Elapsed < maxTime && Interlocked.Increment(ref issued) is var n && n <= maxOperations)
            {
                var started = Stopwatch.GetTimestamp();
                if (await operation(n)) took.Enqueue(Stopwatch.GetTimestamp() - started);
                else Interlocked.Increment(ref failed);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Caller)));
        var elapsed = clock.Elapsed;
        return new Throughput(took.Count, failed, elapsed, new Latencies(took, missing: 0));
    }
}
