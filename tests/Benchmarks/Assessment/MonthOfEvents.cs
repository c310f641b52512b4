using GridActors.Incidents;
using GridActors.Log;
using GridActors.Territory;
using GridActors.Tests.Assessment;
using static GridActors.Tests.Assessment.CaseLog;

namespace GridActors.Benchmarks.Assessment;

/// <summary>A month (June 2026, the one assessed, or one of the months before it) of a district shaped
/// like the demo's (5 towns × 4 villages × 14 grids), as the log holds it: cases played through at
/// working hours, some reworked, some with a department, some left open, and duty alerts; seeded, so
/// every run counts the same events.</summary>
public static class MonthOfEvents
{
    public const string District = "320412";
    public static readonly DateTimeOffset From = At(6, 1, 0);
    public static readonly DateTimeOffset To = At(7, 1, 0);

    public static List<LoggedEvent> Make(int count, int month = 6)
    {
        var random = new Random(15 + month - 6);
        // Days start at 1 + Next(days): June's 29 as before, one less than the month has.
        var days = DateTime.DaysInMonth(2026, month) - 1;
        var events = new List<LoggedEvent>(count + 16);
        for (var n = 0; events.Count < count; n++)
        {
            var grid = $"{District}{101 + random.Next(5)}{1 + random.Next(4):000}-{1 + random.Next(14):00}";
            if (n % 50 == 49)
            {
                var raised = At(month, 1 + random.Next(days), 8 + random.Next(9));
                events.AddRange(Alert(month == 6 ? $"alert-{n}" : $"alert-{month:00}-{n}", grid, (AlertKind)random.Next(3), raised, raised.AddHours(1 + random.Next(30))));
                continue;
            }
            events.AddRange(Case(month == 6 ? $"case-{n:000000}" : $"case-{month:00}-{n:000000}", grid, At(month, 1 + random.Next(days), 8 + random.Next(9), random.Next(60)), random));
        }
        return events;
    }

    private static IEnumerable<LoggedEvent> Case(string id, string grid, DateTimeOffset at, Random random)
    {
        var worker = new GridActors.Access.Actor($"w-{grid}-1", GridActors.Access.Role.Worker, grid);
        var log = new CaseLog(id).Reported(at, worker, grid);
        if (random.Next(20) == 0) return log.Rejected(at.AddMinutes(20)).Events;
        log.Filed(at.AddMinutes(5), caseDue: at.AddDays(2));
        var department = random.Next(10) == 0;
        var (level, handler) = department ? (HandlingLevel.Department, "water") : (HandlingLevel.Grid, worker.Id);
        var handlerActor = department ? new GridActors.Access.Actor("water-desk", GridActors.Access.Role.Department, "water") : worker;
        log.Dispatched(at.AddMinutes(5), level, handler, acceptDue: at.AddHours(1));
        if (random.Next(10) == 0) return log.Events;
        log.Accepted(at.AddMinutes(10 + random.Next(90)), handlerActor, handleDue: at.AddHours(8));
        log.Resolved(at.AddHours(1 + random.Next(10)), handlerActor, verifyDue: at.AddHours(20));
        if (random.Next(8) == 0)
            log.Reworked(at.AddHours(12), handleDue: at.AddHours(30)).Resolved(at.AddHours(20 + random.Next(20)), handlerActor, verifyDue: at.AddHours(48));
        return log.Verified(at.AddHours(44)).Closed(at.AddHours(46)).Evaluated(at.AddHours(50), 1 + random.Next(5)).Events;
    }
}
