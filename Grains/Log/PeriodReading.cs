using GridActors.Incidents.Log;

namespace GridActors.Log;

/// <summary>What an assessment of a period reads of the log: every event before the period's end,
/// except, before its start, the events of a case closed before the start that has no event within
/// the period (all but its report, which names its grid for the grids' compliance). Nothing of such
/// a case counts in the period: closing ends its stage and its wait for dispatch, and a closure
/// before the period is none in it. So a log years long is read for the period and for the cases
/// still open at its start, not from its first day. The back ends say the same in SQL.</summary>
public static class PeriodReading
{
    public const string ClosedType = "case.closed.v1";

    /// <summary>The events of <paramref name="log"/> (in sequence order) that an assessment of [from, to) reads.</summary>
    public static IReadOnlyList<LoggedEvent> Of(IEnumerable<LoggedEvent> log, DateTimeOffset from, DateTimeOffset to)
    {
        var before = log.Where(e => e.At < to).ToList();
        var cases = before.Where(e => e.Stream == CaseEvents.Stream);
        var settled = cases.Where(e => e.Type == ClosedType && e.At < from).Select(e => e.EntityId).ToHashSet(StringComparer.Ordinal);
        settled.ExceptWith(cases.Where(e => e.At >= from).Select(e => e.EntityId));
        return [.. before.Where(e => e.At >= from || e.Stream != CaseEvents.Stream || e.Version == 1 || !settled.Contains(e.EntityId))];
    }
}
