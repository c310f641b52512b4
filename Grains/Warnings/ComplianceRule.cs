using System.Globalization;
using System.Text.Json;
using GridActors.Assessment;
using GridActors.Calendar;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Warnings;

/// <summary>规范达标率偏低: each town's and district's grid operation compliance over the last
/// <see cref="WarningSettings.ComplianceDays"/> whole China days (today, still running, not among them)
/// is under <see cref="WarningSettings.ComplianceThreshold"/>. The figure is the assessment's own
/// (<see cref="GridOperationCompliance"/>), fed the events it reads; of those the rule keeps the
/// alerts still open or cleared within the window, the territory's changes, and one event naming each
/// grid, so memory follows the grids and the open alerts, not the log.</summary>
public sealed class ComplianceRule(WarningSettings settings, Func<WorkingCalendar> calendar) : IWarningRule, ILogReadingRule
{
    private readonly HashSet<string> grids = new(StringComparer.Ordinal);

    /// <summary>The grids an event in <see cref="named"/> names.</summary>
    private readonly HashSet<string> namedGrids = new(StringComparer.Ordinal);
    private readonly List<LoggedEvent> named = [];
    private readonly List<LoggedEvent> territory = [];
    private readonly Dictionary<string, List<LoggedEvent>> alerts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Finding> said = new(StringComparer.Ordinal);
    private IReadOnlyList<Finding> found = [];
    private DateTimeOffset judgedTo;
    private bool changed;

    public WarningKind Kind => WarningKind.Compliance;

    public TimeSpan Horizon => TimeSpan.Zero;

    public void Observe(CaseChange change) { }

    public void Read(LoggedEvent logged)
    {
        switch (logged.Stream)
        {
            case CaseEvents.Stream when logged.Version == 1:
                if (JsonSerializer.Deserialize<CaseEvent>(logged.Data, CaseEvents.Json) is CaseReported r) Name(logged, [r.GridCode]);
                break;
            case PatrolRecorded.Stream or VisitRecorded.Stream or WorkerPresenceChanged.Stream or AlertChanged.Stream or TerritoryApplied.Stream:
                Read(logged, JsonSerializer.Deserialize<ComplianceEvent>(logged.Data, CaseEvents.Json));
                break;
        }
    }

    public IEnumerable<Finding> Evaluate(DateTimeOffset now)
    {
        var local = now.ToOffset(WorkingCalendar.ChinaStandardTime);
        var today = new DateTimeOffset(local.Date, WorkingCalendar.ChinaStandardTime);
        if (today == judgedTo && !changed) return found;
        (judgedTo, changed) = (today, false);
        var period = new Period(today.AddDays(-settings.ComplianceDays), today);
        DropClearedBefore(period.From);
        var compliance = new GridOperationCompliance(named.Concat(territory).Concat(alerts.Values.SelectMany(a => a)), period, calendar());
        var findings = new List<Finding>();
        foreach (var district in grids.Select(g => g[..6]).Distinct().Order(StringComparer.Ordinal))
        {
            var byGrid = compliance.ByGrid(district).ToList();
            var areas = byGrid.GroupBy(g => g.Grid[..9]).Select(t => (Code: t.Key, Compliant: t.Sum(g => g.Compliant), Days: t.Sum(g => g.Days)))
                .Prepend((Code: district, Compliant: byGrid.Sum(g => g.Compliant), Days: byGrid.Sum(g => g.Days)));
            foreach (var (code, compliant, days) in areas.OrderBy(a => a.Code, StringComparer.Ordinal))
            {
                if (days == 0) continue;
                var rate = Math.Round((double)compliant / days, 4);
                if (rate >= settings.ComplianceThreshold) { said.Remove(code); continue; }
                if (!said.TryGetValue(code, out var finding) || finding.Figure != rate) said[code] = finding = Found(code, rate);
                findings.Add(finding);
            }
        }
        return found = findings.Count == found.Count && findings.Zip(found).All(p => ReferenceEquals(p.First, p.Second)) ? found : findings;
    }

    /// <summary>Says the rate, not the counts or the dates: a warning changes when the figure does.</summary>
    private Finding Found(string code, double rate) =>
        new($"compliance-{code}", WarningKind.Compliance, code,
            $"{code} 网格规范达标率低于 {Percent(settings.ComplianceThreshold)}（{Percent(rate)}）",
            $"{code} 近 {settings.ComplianceDays} 个整日的网格日中，巡查按期、走访按时、工作时间有人在岗的占 {Percent(rate)}，低于 {Percent(settings.ComplianceThreshold)}。",
            null, rate, settings.ComplianceThreshold, null, []);

    private void Read(LoggedEvent logged, ComplianceEvent? e)
    {
        switch (e)
        {
            case PatrolRecorded p: Name(logged, [p.GridCode]); break;
            case VisitRecorded v: Name(logged, [v.GridCode]); break;
            case WorkerPresenceChanged w: Name(logged, w.Grids); break;
            case TerritoryApplied:
                territory.Add(logged);
                changed = true;
                break;
            case AlertChanged a:
                grids.Add(a.GridCode);
                if (!alerts.TryGetValue(logged.EntityId, out var versions)) alerts[logged.EntityId] = versions = [];
                versions.Add(logged);
                changed = true;
                break;
        }
    }

    private void Name(LoggedEvent logged, IEnumerable<string> named)
    {
        var fresh = false;
        foreach (var grid in named) fresh |= namedGrids.Add(grid) | grids.Add(grid);
        if (!fresh) return;
        this.named.Add(logged);
        changed = true;
    }

    /// <summary>An alert cleared before the window begins can no longer count against a day of it.</summary>
    private void DropClearedBefore(DateTimeOffset from)
    {
        foreach (var (id, versions) in alerts)
        {
            var last = versions[^1];
            if (last.At >= from || JsonSerializer.Deserialize<ComplianceEvent>(last.Data, CaseEvents.Json) is not AlertChanged { Change: AlertChange.Cleared } cleared)
                continue;
            alerts.Remove(id);
            // Its clearing alone still names the grid (an alert cleared before the window judges no day of it).
            if (namedGrids.Add(cleared.GridCode)) named.Add(last);
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
