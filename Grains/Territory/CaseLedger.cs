using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Territory;

/// <summary>The open cases of a grid or area and its tallies of finished ones. Applying a summary
/// is idempotent by version: a repeat or an older summary changes nothing. Held in memory only: a
/// grid reads it from the case rows when it activates (<see cref="From"/>). (Grids stored it before
/// the event log; the serializer attributes stay so such grid state still reads.)</summary>
[GenerateSerializer, Alias("case-ledger.v1")]
public sealed class CaseLedger
{
    [Id(0)] public Dictionary<string, IncidentSummary> Open { get; set; } = [];
    [Id(1)] public int Closed { get; set; }
    [Id(2)] public int Rejected { get; set; }
    [Id(3)] public int Merged { get; set; }

    /// <summary>Closed cases by the level that closed them.</summary>
    [Id(4)] public Dictionary<HandlingLevel, int> ClosedByLevel { get; set; } = [];

    public static CaseLedger From(GridCases cases, DateTimeOffset now)
    {
        var ledger = new CaseLedger { Open = cases.Open.ToDictionary(r => r.Id, r => CaseRows.Summary(r, now)) };
        foreach (var (status, level, count) in cases.Finished)
        {
            if (status == IncidentStatus.Rejected) ledger.Rejected += count;
            else if (status == IncidentStatus.Merged) ledger.Merged += count;
            else
            {
                ledger.Closed += count;
                if (level is { } l) ledger.ClosedByLevel[l] = ledger.ClosedByLevel.GetValueOrDefault(l) + count;
            }
        }
        return ledger;
    }

    /// <summary>Returns whether anything changed.</summary>
    public bool Apply(IncidentSummary s)
    {
        if (Open.TryGetValue(s.Id, out var held) && held.Version >= s.Version) return false;
        if (s.Status.IsOpen())
        {
            Open[s.Id] = s;
            return true;
        }
        // A finished case counts once: when it leaves the open list. Later news of it is a repeat.
        if (!Open.Remove(s.Id)) return false;
        if (s.Status == IncidentStatus.Rejected) Rejected++;
        else if (s.Status == IncidentStatus.Merged) Merged++;
        else
        {
            Closed++;
            if (s.Level is { } level) ClosedByLevel[level] = ClosedByLevel.GetValueOrDefault(level) + 1;
        }
        return true;
    }

    public void Merge(AreaLedger child)
    {
        foreach (var c in child.Open)
            if (!Open.TryGetValue(c.Id, out var held) || held.Version < c.Version) Open[c.Id] = c;
        Closed += child.Closed;
        Rejected += child.Rejected;
        Merged += child.Merged;
        foreach (var (level, count) in child.ClosedByLevel)
            ClosedByLevel[level] = ClosedByLevel.GetValueOrDefault(level) + count;
    }

    public AreaCounts Counts(DateTimeOffset now)
    {
        var byLevel = new Dictionary<HandlingLevel, int>(ClosedByLevel);
        foreach (var c in Open.Values)
            if (c.Level is { } level) byLevel[level] = byLevel.GetValueOrDefault(level) + 1;
        var handled = byLevel.Values.Sum();
        var upper = byLevel.Where(l => l.Key is HandlingLevel.Town or HandlingLevel.District or HandlingLevel.Department).Sum(l => l.Value);
        // By status and level in their declared order, so an answer reads the same however the
        // ledger was filled (from news one by one, or from the case rows on activation).
        return new(
            Open.Count,
            Open.Values.Count(c => c.DueAt < now),
            Open.Values.GroupBy(c => c.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            Closed,
            Rejected,
            byLevel.OrderBy(l => l.Key).ToDictionary(),
            handled == 0 ? null : Math.Round((decimal)upper / handled, 4),
            Merged);
    }

    /// <summary>Most urgent first: earliest deadline, then oldest id.</summary>
    public IReadOnlyList<IncidentSummary> List() =>
        [.. Open.Values.OrderBy(c => c.DueAt ?? DateTimeOffset.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal)];
}
