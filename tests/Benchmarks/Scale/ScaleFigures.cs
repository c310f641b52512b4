using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Scale;

/// <summary>One shape's figures: reports under load, the push of each of them to a board on another
/// gateway (the same one when there is only one), pushes of one report at a time, and what the
/// reports left in the database (PostgreSQL shapes only). Failures: the measured reports' failures by
/// status or exception. Heartbeats: workers' heartbeats, after the reports.</summary>
public sealed record ScaleFigures(string Shape, int Silos, Throughput Reports, Latencies PushUnderLoad, Latencies PushAlone, string Failures, Throughput Heartbeats, string LoadBefore, string LoadAfter)
{
    public DatabaseGrowth? Database { get; init; }
}

/// <summary>What a run's cases cost the database: its size and rows before and after, and how much the
/// events and cases tables (with their indexes) grew.</summary>
public sealed record DatabaseGrowth(long BytesBefore, long BytesAfter, long CasesBefore, long CasesAfter, long EventsBefore, long EventsAfter, long EventsTableGrowth, long CasesTableGrowth)
{
    public long Cases => CasesAfter - CasesBefore;

    public double BytesPerCase => (BytesAfter - BytesBefore) / (double)Math.Max(1, Cases);

    public double EventsPerCase => (EventsAfter - EventsBefore) / (double)Math.Max(1, Cases);

    public double BytesPerEvent => EventsTableGrowth / (double)Math.Max(1, EventsAfter - EventsBefore);

    public double BytesPerCaseRow => CasesTableGrowth / (double)Math.Max(1, Cases);
}
