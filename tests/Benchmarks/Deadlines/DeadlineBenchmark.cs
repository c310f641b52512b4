using GridActors.Benchmarks.Hosts;

namespace GridActors.Benchmarks.Deadlines;

/// <summary><c>deadlines [cases]</c>: open cases with live deadlines on one silo, and the cost of
/// counting a deadline beside a bare addition.</summary>
public static class DeadlineBenchmark
{
    public const int DefaultCases = 100_000;
    private const int Calls = 2_000_000;

    public static async Task Run(int cases)
    {
        Printer.Heading("GridActors benchmark: live deadlines");
        Printer.Machine();
        Printer.Line($"one in-process silo, memory grain storage, in-memory reminder table; {cases:N0} cases, {LiveDeadlines.CasesPerGrid} per grid");

        LiveDeadlines.Figures live;
        await using (var silo = await MemorySilo.Start())
            live = await new LiveDeadlines(silo).Run(cases);

        Printer.Heading("Open cases (reported and filed, dispatched by the platform: case and acceptance clocks running)");
        Printer.Line($"grids and workers set up in {live.Setup.TotalSeconds:N1} s");
        Printer.Line($"cases opened      {Printer.Rate(live.Opened, "cases")}  (report and file; the platform dispatches)");
        if (live.Opened.Succeeded < cases)
            Printer.Line($"    only {live.Opened.Succeeded:N0} of {cases:N0} opened within the {LiveDeadlines.OpeningTime.TotalMinutes:N0}-minute cap; the figures below are for those");
        Printer.Line($"reminder rows     {live.ReminderRows:N0}  = {Printer.Number(live.ReminderRows / (double)live.Opened.Succeeded, "N2")} per open case");
        Printer.Line($"memory per open case, all of the silo    {Printer.Number(live.BytesPerOpenCase, "N0")} B  (activation, stored copy, summaries in grid/worker/area ledgers, reminder)");
        Printer.Line($"memory per incident activation           {Printer.Number(live.BytesPerCaseActivation, "N0")} B  (heap freed by deactivating {live.ActivationsCollected:N0} cases)");

        Printer.Heading($"Counting a deadline, per call ({Calls:N0} calls each, through the same delegate)");
        var results = DeadlineArithmetic.Run(Calls);
        var bare = results[0].Nanoseconds;
        foreach (var r in results)
            Printer.Line($"{r.What,-80} {Printer.Number(r.Nanoseconds, "N1"),8} ns  = {Printer.Ratio(r.Nanoseconds, bare, "bare addition")}");
    }
}
