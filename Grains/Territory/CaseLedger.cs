using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>The open cases of a grid or area and its tallies of finished ones. Applying a summary
/// is idempotent by version: a repeat or an older summary changes nothing.</summary>
[GenerateSerializer, Alias("case-ledger.v1")]
public sealed class CaseLedger
{
    [Id(0)] public Dictionary<string, IncidentSummary> Open { get; set; } = [];
    [Id(1)] public int Closed { get; set; }
    [Id(2)] public int Rejected { get; set; }
    [Id(3)] public int Merged { get; set; }

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
        else Closed++;
        return true;
    }

    public void Merge(AreaLedger child)
    {
        foreach (var c in child.Open)
            if (!Open.TryGetValue(c.Id, out var held) || held.Version < c.Version) Open[c.Id] = c;
        Closed += child.Closed;
        Rejected += child.Rejected;
        Merged += child.Merged;
    }

    public AreaCounts Counts(DateTimeOffset now) => new(
        Open.Count,
        Open.Values.Count(c => c.DueAt < now),
        Open.Values.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count()),
        Closed,
        Rejected,
        Merged);

    /// <summary>Most urgent first: earliest deadline, then oldest id.</summary>
    public IReadOnlyList<IncidentSummary> List() =>
        [.. Open.Values.OrderBy(c => c.DueAt ?? DateTimeOffset.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal)];
}
