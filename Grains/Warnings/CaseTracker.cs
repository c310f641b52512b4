using System.Text.Json;
using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Warnings;

/// <summary>Follows the cases through their logged events. A case is held while the rules may still
/// need it (<see cref="Forget"/>), so memory follows the open and recent cases, not the log.</summary>
public sealed class CaseTracker
{
    private readonly Dictionary<string, TrackedCase> cases = new(StringComparer.Ordinal);

    /// <summary>A pass over every case held is made at most once an hour of the log's time.</summary>
    private static readonly TimeSpan ForgetEvery = TimeSpan.FromHours(1);
    private DateTimeOffset forgotten = DateTimeOffset.MinValue;

    public int Count => cases.Count;

    /// <summary>The change a case event makes; null for an event of another stream or of a case
    /// reported before the tracker began (its report was forgotten).</summary>
    public CaseChange? Observe(LoggedEvent logged)
    {
        if (logged.Stream != CaseEvents.Stream) return null;
        var e = JsonSerializer.Deserialize<CaseEvent>(logged.Data, CaseEvents.Json)!;
        cases.TryGetValue(logged.EntityId, out var before);
        TrackedCase after;
        if (e is CaseReported r)
        {
            if (before is not null) return null;
            after = new TrackedCase(logged.EntityId, r.GridCode, r.Category, r.Location is { IsValid: true } ? r.Location : null,
                logged.At, e.Status, e.Level, e.Deadlines?.CaseDue);
        }
        else
        {
            if (before is null) return null;
            after = before with { Status = e.Status, Level = e.Level ?? before.Level, Deadline = e.Deadlines is { } clocks ? clocks.CaseDue : before.Deadline };
        }
        cases[logged.EntityId] = after;
        return new CaseChange(before, after);
    }

    /// <summary>Drops the finished cases reported before <paramref name="horizon"/>: no rule looks back further.</summary>
    public void Forget(DateTimeOffset horizon)
    {
        if (horizon - forgotten < ForgetEvery) return;
        forgotten = horizon;
        foreach (var (id, c) in cases)
            if (!c.Status.IsOpen() && c.ReportedAt < horizon) cases.Remove(id);
    }
}
