using System.Diagnostics;
using GridActors.Access;
using GridActors.Calendar;
using GridActors.Incidents;

namespace GridActors.Benchmarks.Deadlines;

/// <summary>What counting a deadline costs per call, beside a bare <see cref="DateTimeOffset"/>
/// addition: the start instants walk through a year in 37-minute steps, so nights, weekends,
/// holidays and adjusted working days all come up.</summary>
public static class DeadlineArithmetic
{
    public sealed record PerCall(string What, double Nanoseconds);

    public static IReadOnlyList<PerCall> Run(int calls)
    {
        var calendar = WorkingCalendar.Default;
        var starts = Enumerable.Range(0, 4096)
            .Select(i => new DateTimeOffset(2026, 1, 1, 0, 0, 0, WorkingCalendar.ChinaStandardTime).AddMinutes(37.0 * 3 * i))
            .ToArray();
        var fourWorkingHours = new TimeLimit(4, TimeLimitUnit.WorkingHours);
        var fiveWorkingDays = new TimeLimit(5, TimeLimitUnit.WorkingDays);
        var context = new CommandContext("bench", new Actor("bench", Role.Operator, "320412"), starts[0],
            CategoryCatalogue.Default, calendar, DeadlinePolicy.Default);
        var fourHours = TimeSpan.FromHours(4);

        return
        [
            Time("bare DateTimeOffset + TimeSpan", calls, starts, s => s + fourHours),
            Time("TimeLimit.DueFrom, 4 WorkingHours", calls, starts, s => fourWorkingHours.DueFrom(s, calendar)),
            Time("TimeLimit.DueFrom, 5 WorkingDays", calls, starts, s => fiveWorkingDays.DueFrom(s, calendar)),
            Time("stage deadline and warning (DueFrom + DeadlineClock.WarnAt), 4 WorkingHours", calls, starts,
                s => DeadlineClock.WarnAt(s, fourWorkingHours.DueFrom(s, calendar), working: true, context)),
        ];
    }

    private static PerCall Time(string what, int calls, DateTimeOffset[] starts, Func<DateTimeOffset, DateTimeOffset> compute)
    {
        long checksum = 0;
        // Long enough for tiered compilation to replace the first code with optimised code, then a
        // pause for its background compiler, so the timed loop runs what a busy silo would.
        for (var i = 0; i < 100 * starts.Length; i++) checksum += compute(starts[i & (starts.Length - 1)]).UtcTicks;
        Thread.Sleep(500);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++) checksum += compute(starts[i & (starts.Length - 1)]).UtcTicks;
        clock.Stop();
        // The checksum is used, so the loop cannot be dropped.
        if (checksum == 42) Console.WriteLine();
        return new PerCall(what, clock.Elapsed.TotalNanoseconds / calls);
    }
}
