using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>Report throughput and latency, the storage writes each report cost, read from the
/// stores themselves, and the slow-turn warnings logged meanwhile.</summary>
public sealed record ReportFigures(Throughput Reports, GrainWrites Before, GrainWrites After, int SlowWarnings)
{
    public double GrainWritesPerReport => Per(After.Writes - Before.Writes);

    public double EventsPerReport => Per(After.Events - Before.Events);

    public double ReminderWritesPerReport => Per(After.ReminderWrites - Before.ReminderWrites);

    public double WritesPerReport => GrainWritesPerReport + EventsPerReport + ReminderWritesPerReport;

    private double Per(long writes) => writes / (double)Math.Max(1, Reports.Succeeded);
}
