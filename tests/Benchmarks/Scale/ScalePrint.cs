namespace GridActors.Benchmarks.Scale;

/// <summary>The scale run's figures, each shape beside the first (the embedded gateway) as its baseline,
/// printed as soon as it is measured, and a summary of the ratios at the end.</summary>
public static class ScalePrint
{
    /// <summary>Prints the shape beside <paramref name="bare"/> (none: it is the baseline) and answers it.</summary>
    public static ScaleFigures Shape(ScaleFigures shape, ScaleFigures? bare)
    {
        var baseline = bare ?? shape;
        Printer.Heading($"{shape.Shape} (load average {shape.LoadBefore} before, {shape.LoadAfter} after)");
        Printer.Line($"reports              {Printer.Rate(shape.Reports, "reports")}  = {Printer.Ratio(shape.Reports.PerSecond, baseline.Reports.PerSecond, "embedded")}");
        Printer.Line($"    report latency   {Printer.Percentiles(shape.Reports.Latency)}");
        if (shape.Failures.Length > 0) Printer.Line($"    failed           {shape.Failures}");
        Printer.Line($"push under load      {Printer.Percentiles(shape.PushUnderLoad)}");
        Printer.Line($"    p50 = {Printer.Ratio(shape.PushUnderLoad.P50, baseline.PushUnderLoad.P50, "embedded")}, p99 = {Printer.Ratio(shape.PushUnderLoad.P99, baseline.PushUnderLoad.P99, "embedded")}");
        Printer.Line($"push, one at a time  {Printer.Percentiles(shape.PushAlone)}");
        Printer.Line($"    p50 = {Printer.Ratio(shape.PushAlone.P50, baseline.PushAlone.P50, "embedded")}, p99 = {Printer.Ratio(shape.PushAlone.P99, baseline.PushAlone.P99, "embedded")}");
        Printer.Line($"heartbeats           {Printer.Rate(shape.Heartbeats, "heartbeats")}  = {Printer.Ratio(shape.Heartbeats.PerSecond, baseline.Heartbeats.PerSecond, "embedded")}");
        Printer.Line($"    latency          {Printer.Percentiles(shape.Heartbeats.Latency)}; = {Printer.Ratio(shape.Heartbeats.PerSecond, shape.Reports.PerSecond, "its reports/s")}");
        if (shape.Database is { } db)
        {
            Printer.Line($"database             +{Printer.Number((db.BytesAfter - db.BytesBefore) / 1048576.0, "N1")} MB for {db.Cases:N0} cases = {Printer.Number(db.BytesPerCase, "N0")} B and {Printer.Number(db.EventsPerCase, "N2")} events per reported case (size {Printer.Number(db.BytesAfter / 1048576.0, "N1")} MB)");
            Printer.Line($"    of which        events table {Printer.Number(db.BytesPerEvent, "N0")} B an event, cases table {Printer.Number(db.BytesPerCaseRow, "N0")} B a case (rows and indexes)");
        }
        return shape;
    }

    public static void Summary(IReadOnlyList<ScaleFigures> shapes)
    {
        var bare = shapes[0];
        Printer.Heading("Summary, each beside the embedded gateway of this run");
        foreach (var shape in shapes)
            Printer.Line($"{shape.Shape,-62} {Printer.Number(shape.Reports.PerSecond, "N0"),6} reports/s ({Printer.Number(shape.Reports.PerSecond / bare.Reports.PerSecond, "N2")}×, "
                + $"{Printer.Number(shape.Reports.PerSecond / shape.Silos, "N0")} a silo); push p50 {Printer.Number(shape.PushUnderLoad.P50, "N1")} ms ({Printer.Number(shape.PushUnderLoad.P50 / bare.PushUnderLoad.P50, "N2")}×), "
                + $"p99 {Printer.Number(shape.PushUnderLoad.P99, "N1")} ms ({Printer.Number(shape.PushUnderLoad.P99 / bare.PushUnderLoad.P99, "N2")}×); alone p99 {Printer.Number(shape.PushAlone.P99, "N1")} ms; "
                + $"{Printer.Number(shape.Heartbeats.PerSecond, "N0")} heartbeats/s ({Printer.Number(shape.Heartbeats.PerSecond / bare.Heartbeats.PerSecond, "N2")}×)");
    }
}
