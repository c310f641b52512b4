using GridActors.Incidents;
using GridActors.Workers;

namespace GridActors.Territory;

/// <summary>What a grid or an area keeps for its board: the case ledger, its workers, its open alerts,
/// and the log of changes. Cases and workers track by version and alerts by id, so repeats change
/// nothing. A grid passes its stored alerts in; an area starts empty and rebuilds.</summary>
public sealed class AreaBook(string code, CaseLedger cases, Dictionary<string, Alert>? openAlerts = null)
{
    private readonly Dictionary<string, WorkerSummary> workers = [];
    private readonly Dictionary<string, Alert> alerts = openAlerts ?? [];
    private readonly ChangeLog log = new();

    public CaseLedger Cases => cases;

    /// <summary>Returns whether anything changed. A finished case has left the ledger, but a later
    /// version of it (its evaluation) is still news to the boards, which hear of cases only from here.</summary>
    public bool Track(IncidentSummary incident)
    {
        if (!cases.Apply(incident) && (cases.Open.ContainsKey(incident.Id) || !log.IsNewer(incident))) return false;
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

    /// <summary>Opens, acknowledges or clears an alert; returns whether anything changed. An open alert
    /// changes only by its first acknowledgement, so a late repeat of its raising never undoes one.</summary>
    public bool Track(Alert alert)
    {
        if (!alert.IsOpen) return alerts.Remove(alert.Id);
        if (alerts.TryGetValue(alert.Id, out var held) && (held.AcknowledgedAt is not null || alert.AcknowledgedAt is null)) return false;
        alerts[alert.Id] = alert;
        return true;
    }

    public Alert? OpenAlert(string id) => alerts.GetValueOrDefault(id);

    /// <summary>Whether one of the workers serving here could take a case now.</summary>
    public bool AnyAvailable => workers.Values.Any(w => w.IsAvailable);

    public IReadOnlyList<Alert> OpenAlerts() =>
        [.. alerts.Values.OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];

    public void Merge(AreaLedger child)
    {
        cases.Merge(child);
        foreach (var a in child.Alerts) alerts.TryAdd(a.Id, a);
        foreach (var w in child.Workers)
            if (!workers.TryGetValue(w.Id, out var held) || held.Version < w.Version) workers[w.Id] = w;
    }

    public AreaCounts Counts(DateTimeOffset now) => cases.Counts(now);

    public AreaLedger ToLedger() => new(cases.List(), cases.Closed, cases.Rejected, Workers(), new Dictionary<HandlingLevel, int>(cases.ClosedByLevel), OpenAlerts(), cases.Merged);

    public AreaBoard Board(DateTimeOffset now) => new(code, cases.List(), Workers(), cases.Counts(now), log.Watermark, OpenAlerts());

    public AreaChanges Changes(string since, DateTimeOffset now) => log.Since(since) is { } changes
        ? new AreaChanges(log.Watermark, false, changes.Incidents, changes.Workers, cases.Counts(now), OpenAlerts())
        : new AreaChanges(log.Watermark, true, [], [], cases.Counts(now), OpenAlerts());

    /// <summary>The grids with an open case or alert, by code. Lights are ordered Green, Yellow, Red,
    /// so the worst is the greatest.</summary>
    public IReadOnlyList<GridLight> GridLights()
    {
        var open = cases.Open.Values.ToLookup(c => c.GridCode, StringComparer.Ordinal);
        var alerting = alerts.Values.ToLookup(a => a.GridCode, StringComparer.Ordinal);
        return [.. open.Select(g => g.Key).Union(alerting.Select(g => g.Key), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(grid => new GridLight(grid, open[grid].Count(), open[grid].Select(c => (Light?)c.Light).Max(), alerting[grid].Count()))];
    }

    private Live.CountsChanged CountsEvent(DateTimeOffset now) => new(code, cases.Counts(now), log.Watermark);

    /// <summary>What the area's boards are sent after <paramref name="incident"/> was tracked: the change,
    /// then the counts with the watermark that covers it, in one batch from this one grain.</summary>
    public Live.LiveEvent[] ChangeEvents(IncidentSummary incident, DateTimeOffset now) =>
        [new Live.AreaCaseChanged(code, incident), CountsEvent(now)];

    private IReadOnlyList<WorkerSummary> Workers() => [.. workers.Values.OrderBy(w => w.Id, StringComparer.Ordinal)];
}
