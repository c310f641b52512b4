using System.Text.Json;
using GridActors.Calendar;
using GridActors.Incidents.Log;
using GridActors.Log;
using GridActors.Territory;

namespace GridActors.Assessment;

/// <summary>规范达标率, grid operation compliance: of the grid-days of a period, those where the grid
/// kept its duties as its own duty clock judged them: no overdue-patrol or overdue-visit alert open
/// at any moment of the day, and no blind-spot alert (no worker on duty) open in the day's working
/// hours. The grids are those the log names (cases, patrols, visits, alerts, workers' grids), less
/// those a territory file retired before the day began; the days are China days (+08:00) starting
/// in the period. Built from the log's events (any order; those at or after the period's end are
/// ignored), then asked for any area within it.</summary>
public sealed class GridOperationCompliance
{
    private readonly Period period;
    private readonly WorkingCalendar calendar;
    private readonly SortedSet<string> grids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> retired = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Grid, AlertKind Kind, DateTimeOffset Raised, DateTimeOffset? Cleared)> alerts = new(StringComparer.Ordinal);

    public GridOperationCompliance(IEnumerable<LoggedEvent> events, Period period, WorkingCalendar calendar)
    {
        (this.period, this.calendar) = (period, calendar);
        foreach (var e in events)
            if (e.At < period.To) Take(e);
    }

    /// <summary>Compliant grid-days over grid-days, for each grid within the area.</summary>
    public IEnumerable<(string Grid, int Compliant, int Days)> ByGrid(string area)
    {
        var alertsOf = alerts.Values.ToLookup(a => a.Grid, StringComparer.Ordinal);
        foreach (var grid in grids)
        {
            if (!AreaCode.Contains(area, grid)) continue;
            var (compliant, days) = (0, 0);
            foreach (var (start, end) in Days())
            {
                if (retired.TryGetValue(grid, out var at) && at <= start) continue;
                days++;
                if (Complies(alertsOf[grid], start, end)) compliant++;
            }
            yield return (grid, compliant, days);
        }
    }

    /// <summary>The area's figure: its grids' compliant days over their days.</summary>
    public (int Compliant, int Days) Of(string area) =>
        ByGrid(area).Aggregate((0, 0), (sum, g) => (sum.Item1 + g.Compliant, sum.Item2 + g.Days));

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Days()
    {
        var local = period.From.ToOffset(WorkingCalendar.ChinaStandardTime);
        var day = new DateTimeOffset(local.Date, WorkingCalendar.ChinaStandardTime);
        if (day < period.From) day = day.AddDays(1);
        for (; day < period.To; day = day.AddDays(1)) yield return (day, day.AddDays(1));
    }

    private bool Complies(IEnumerable<(string Grid, AlertKind Kind, DateTimeOffset Raised, DateTimeOffset? Cleared)> gridAlerts, DateTimeOffset start, DateTimeOffset end)
    {
        foreach (var (_, kind, raised, cleared) in gridAlerts)
        {
            var (from, to) = (raised > start ? raised : start, (cleared ?? period.To) < end ? cleared ?? period.To : end);
            if (from >= to) continue;
            if (kind != AlertKind.BlindSpot || calendar.WorkingTimeBetween(from, to) > TimeSpan.Zero) return false;
        }
        return true;
    }

    private void Take(LoggedEvent e)
    {
        switch (e.Stream)
        {
            case CaseEvents.Stream when e.Version == 1:
                if (JsonSerializer.Deserialize<CaseEvent>(e.Data, CaseEvents.Json) is CaseReported r) grids.Add(r.GridCode);
                break;
            case PatrolRecorded.Stream or VisitRecorded.Stream or WorkerPresenceChanged.Stream or AlertChanged.Stream or TerritoryApplied.Stream:
                Take(e, JsonSerializer.Deserialize<ComplianceEvent>(e.Data, CaseEvents.Json));
                break;
        }
    }

    private void Take(LoggedEvent e, ComplianceEvent? c)
    {
        switch (c)
        {
            case PatrolRecorded p: grids.Add(p.GridCode); break;
            case VisitRecorded v: grids.Add(v.GridCode); break;
            case WorkerPresenceChanged w: grids.UnionWith(w.Grids); break;
            case TerritoryApplied t:
                foreach (var grid in t.Retired) retired.TryAdd(grid, e.At);
                break;
            case AlertChanged a:
                grids.Add(a.GridCode);
                alerts[e.EntityId] = a.Change == AlertChange.Cleared
                    ? (a.GridCode, a.Kind, a.RaisedAt, e.At)
                    : alerts.TryGetValue(e.EntityId, out var known) ? known : (a.GridCode, a.Kind, a.RaisedAt, null);
                break;
        }
    }
}
