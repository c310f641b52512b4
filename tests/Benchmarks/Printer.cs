using System.Globalization;
using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks;

/// <summary>The console output: one line per figure, ratios beside the figures they compare.</summary>
public static class Printer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Heading(string text) => Console.WriteLine($"{Environment.NewLine}{text}");

    public static void Line(string text) => Console.WriteLine($"  {text}");

    /// <summary>The machine and the GC settings in effect, the first line of every run.</summary>
    public static void Machine() =>
        Line($"{Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}, DOTNET_GCgen0size={Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "unset (see README)"}");

    /// <summary>The machine's 1, 5 and 15-minute load averages: other work on the cores weighs on every figure beside it.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static string Rate(Throughput t, string unit) =>
        string.Create(Invariant, $"{t.PerSecond,10:N1} {unit}/s  ({t.Succeeded} in {t.Elapsed.TotalSeconds:N1} s, {t.Failed} failed)");

    /// <summary>How many times the baseline the figure is: for rates below 1 means slower, for latencies above 1 does.</summary>
    public static string Ratio(double value, double baseline, string baselineName) =>
        value > 0 && baseline > 0 ? string.Create(Invariant, $"{value / baseline:N3}× {baselineName}") : $"no ratio to {baselineName} (a figure ≤ 0)";

    public static string Percentiles(Latencies l) =>
        string.Create(Invariant, $"p50 {l.P50,7:N2} ms  p99 {l.P99,7:N2} ms  max {l.Max,7:N2} ms  (n={l.Count}, missing {l.Missing})");

    public static string Number(double value, string format) => value.ToString(format, Invariant);
}
