using GridActors.Incidents;
using GridActors.Workers;

namespace GridActors.Territory;

/// <summary>What a grid or an area keeps for its board: the case ledger, its workers, and the log of
/// changes. Both track by version, so repeats change nothing.</summary>
public sealed class AreaBook(string code, CaseLedger cases)
{
    private readonly Dictionary<string, WorkerSummary> workers = [];
    private readonly ChangeLog log = new();

    public CaseLedger Cases => cases;

    /// <summary>Returns whether anything changed.</summary>
    public bool Track(IncidentSummary incident)
    {
        if (!cases.Apply(incident)) return false;
        log.Record(incident);
        return true;
    }

    /// <summary>Adds, updates or (when the worker no longer serves a grid here) removes a worker.</summary>
    public bool Track(WorkerSummary worker)
    {
        var known = workers.TryGetValue(worker.Id, out var held);
        if (known && held!.Version >= worker.Version) return false;
        if (worker.Grids.Any(g => AreaCode.Contains(code, g))) workers[worker.Id] = worker;
        else if (!workers.Remove(worker.Id)) return false;
        log.Record(worker);
        return true;
    }

    public void Merge(AreaLedger child)
    {
        cases.Merge(child);
        foreach (var w in child.Workers)
            if (!workers.TryGetValue(w.Id, out var held) || held.Version < w.Version) workers[w.Id] = w;
    }

    public AreaCounts Counts(DateTimeOffset now) => cases.Counts(now);

    public AreaLedger ToLedger() => new(cases.List(), cases.Closed, cases.Rejected, Workers(), cases.Merged);

    public AreaBoard Board(DateTimeOffset now) => new(code, cases.List(), Workers(), cases.Counts(now), log.Watermark);

    public AreaChanges Changes(string since, DateTimeOffset now) => log.Since(since) is { } changes
        ? new AreaChanges(log.Watermark, false, changes.Incidents, changes.Workers, cases.Counts(now))
        : new AreaChanges(log.Watermark, true, [], [], cases.Counts(now));

    public Live.CountsChanged CountsEvent(DateTimeOffset now) => new(code, cases.Counts(now), log.Watermark);

    private IReadOnlyList<WorkerSummary> Workers() => [.. workers.Values.OrderBy(w => w.Id, StringComparer.Ordinal)];
}
