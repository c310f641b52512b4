using System.Diagnostics;

namespace GridActors.Benchmarks.Load;

/// <summary>Percentiles of a set of Stopwatch tick intervals, in milliseconds.</summary>
public sealed class Latencies(IReadOnlyCollection<long> ticks, int missing)
{
    private readonly double[] sorted = [.. ticks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order()];

    public int Count => sorted.Length;

    /// <summary>Pushes that never came within the wait limit (push is at most once by design).</summary>
    public int Missing => missing;

    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);
    public double Max => sorted.Length == 0 ? double.NaN : sorted[^1];

    // Nearest rank: the smallest value with at least p of the samples at or below it.
    private double Percentile(double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
