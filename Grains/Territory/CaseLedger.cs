using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Territory;

/// <summary>The open cases of a grid or area and its tallies of finished ones, held in memory: a
/// grid reads it from the case rows when it activates (<see cref="From"/>), an area from its grids.
/// Applying a summary is idempotent by version: a repeat or an older summary changes nothing. The
/// counts a board shows are kept as cases come and go, so a change costs the same however many
/// cases are open.</summary>
public sealed class CaseLedger
{
    private static readonly Comparer<(DateTimeOffset Due, string Id)> ByDue =
        Comparer<(DateTimeOffset Due, string Id)>.Create((a, b) => a.Due.CompareTo(b.Due) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id));

    private readonly Dictionary<string, IncidentSummary> open = [];
    private readonly Dictionary<IncidentStatus, int> openByStatus = [];
    private readonly Dictionary<HandlingLevel, int> openByLevel = [];
    private readonly Dictionary<string, Dictionary<string, IncidentSummary>> openByCategory = [];
    private readonly SortedSet<(DateTimeOffset Due, string Id)> dues = new(ByDue);
    private readonly Dictionary<HandlingLevel, int> closedByLevel = [];

    public IReadOnlyDictionary<string, IncidentSummary> Open => open;
    public int Closed { get; private set; }
    public int Rejected { get; private set; }
    public int Merged { get; private set; }

    /// <summary>Closed cases by the level that closed them.</summary>
    public IReadOnlyDictionary<HandlingLevel, int> ClosedByLevel => closedByLevel;

    public static CaseLedger From(GridCases cases, DateTimeOffset now)
    {
        var ledger = new CaseLedger();
        foreach (var row in cases.Open) ledger.Put(CaseRows.Summary(row, now));
        foreach (var (status, level, count) in cases.Finished) ledger.Count(status, level, count);
        return ledger;
    }

    /// <summary>Returns whether anything changed. The same version comes again with a later light when
    /// its deadline passes; a light only worsens with time, so a lesser one is an older look.</summary>
    public bool Apply(IncidentSummary s)
    {
        if (open.TryGetValue(s.Id, out var held) && (held.Version > s.Version || (held.Version == s.Version && held.Light >= s.Light))) return false;
        if (s.Status.IsOpen())
        {
            Put(s);
            return true;
        }
        // A finished case counts once: when it leaves the open list. Later news of it is a repeat.
        if (!Drop(s.Id)) return false;
        Count(s.Status, s.Level, 1);
        return true;
    }

    public void Merge(AreaLedger child)
    {
        foreach (var c in child.Open)
            if (!open.TryGetValue(c.Id, out var held) || held.Version < c.Version) Put(c);
        (Closed, Rejected, Merged) = (Closed + child.Closed, Rejected + child.Rejected, Merged + child.Merged);
        foreach (var (level, count) in child.ClosedByLevel) Add(closedByLevel, level, count);
    }

    /// <summary>The open cases of one category: what a new report's likely duplicates are looked for among.</summary>
    public IEnumerable<IncidentSummary> OpenOfCategory(string category) =>
        openByCategory.TryGetValue(category, out var cases) ? cases.Values : [];

    public AreaCounts Counts(DateTimeOffset now)
    {
        var byLevel = new Dictionary<HandlingLevel, int>(closedByLevel);
        foreach (var (level, count) in openByLevel) Add(byLevel, level, count);
        var handled = byLevel.Values.Sum();
        var upper = byLevel.Where(l => l.Key is HandlingLevel.Town or HandlingLevel.District or HandlingLevel.Department).Sum(l => l.Value);
        // By status and level in their declared order, so an answer reads the same however the
        // ledger was filled (from news one by one, or from the case rows on activation).
        return new(
            open.Count,
            dues.GetViewBetween((DateTimeOffset.MinValue, ""), (now, "")).Count,
            openByStatus.Where(s => s.Value > 0).OrderBy(s => s.Key).ToDictionary(),
            Closed,
            Rejected,
            byLevel.Where(l => l.Value > 0).OrderBy(l => l.Key).ToDictionary(),
            handled == 0 ? null : Math.Round((decimal)upper / handled, 4),
            Merged);
    }

    /// <summary>Most urgent first: earliest deadline, then oldest id.</summary>
    public IReadOnlyList<IncidentSummary> List() =>
        [.. open.Values.OrderBy(c => c.DueAt ?? DateTimeOffset.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal)];

    private void Put(IncidentSummary s)
    {
        Drop(s.Id);
        open[s.Id] = s;
        Add(openByStatus, s.Status, 1);
        if (s.Level is { } level) Add(openByLevel, level, 1);
        if (!openByCategory.TryGetValue(s.Category, out var ofCategory)) openByCategory[s.Category] = ofCategory = [];
        ofCategory[s.Id] = s;
        if (s.DueAt is { } due) dues.Add((due, s.Id));
    }

    private bool Drop(string id)
    {
        if (!open.Remove(id, out var held)) return false;
        Add(openByStatus, held.Status, -1);
        if (held.Level is { } level) Add(openByLevel, level, -1);
        openByCategory[held.Category].Remove(id);
        if (held.DueAt is { } due) dues.Remove((due, id));
        return true;
    }

    private void Count(IncidentStatus status, HandlingLevel? level, int count)
    {
        if (status == IncidentStatus.Rejected) Rejected += count;
        else if (status == IncidentStatus.Merged) Merged += count;
        else
        {
            Closed += count;
            if (level is { } l) Add(closedByLevel, l, count);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int by) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + by;
}
