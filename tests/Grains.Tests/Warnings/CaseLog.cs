using System.Text.Json;
using GridActors.Access;
using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;
using GridActors.Territory;
using GridActors.Warnings;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Warnings;

/// <summary>A log written by hand for the warning rules: cases reported, moved on and finished at the
/// fake clock's time, fed to an engine in sequence order, with the warnings it says kept as the grain keeps them.</summary>
public sealed class CaseLog(WarningSettings settings)
{
    private static readonly Actor Reporter = new("w-1", Role.Worker, "320412101001-01");
    private readonly Dictionary<string, int> versions = [];
    private readonly List<LoggedEvent> written = [];
    private long sequence;
    private int next;

    /// <summary>Monday 2 March 2026, 09:00 China time.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

    public WarningEngine Engine { get; } = new(settings, () => WorkingCalendar.Default);

    /// <summary>Every version said so far, in order.</summary>
    public List<EarlyWarning> Said { get; } = [];

    public string Report(string grid = "320412101001-01", string category = "environment.rubbish", GeoPoint? at = null)
    {
        var id = $"c{++next}";
        Append(id, new CaseReported(IncidentSource.Patrol, category, Urgency.Normal, "事件", null, grid, at, null, null) { Status = IncidentStatus.Reported });
        return id;
    }

    public void Append(string caseId, CaseEvent e)
    {
        var version = versions[caseId] = versions.GetValueOrDefault(caseId) + 1;
        var data = JsonSerializer.SerializeToElement(e, CaseEvents.Json);
        Write(new LoggedEvent(++sequence, CaseEvents.Stream, caseId, version, data.GetProperty("type").GetString()!,
            $"cmd-{sequence}", Reporter, Time.GetUtcNow(), data.GetRawText()));
    }

    /// <summary>A duty event (a patrol, an alert of a grid's duty clock …) of its entity, now.</summary>
    public void Duty(string stream, string entityId, ComplianceEvent e)
    {
        var version = versions[$"{stream}:{entityId}"] = versions.GetValueOrDefault($"{stream}:{entityId}") + 1;
        var data = JsonSerializer.SerializeToElement(e, CaseEvents.Json);
        Write(new LoggedEvent(++sequence, stream, entityId, version, data.GetProperty("type").GetString()!,
            $"cmd-{sequence}", Reporter, Time.GetUtcNow(), data.GetRawText()));
    }

    /// <summary>Evaluates now; what changed, appended to the log as the follower appends it.</summary>
    public IReadOnlyList<EarlyWarning> Evaluate() => Evaluate(Engine);

    /// <summary>Evaluates <paramref name="engine"/> now, keeping what it says in this log.</summary>
    public IReadOnlyList<EarlyWarning> Evaluate(WarningEngine engine)
    {
        var changes = engine.Evaluate(Time.GetUtcNow());
        foreach (var change in changes) written.Add(WarningLog.ToLogged(change) with { Sequence = ++sequence });
        Said.AddRange(changes);
        return changes;
    }

    /// <summary>A fresh engine that has read the whole log back, as the follower does on activation.</summary>
    public WarningEngine ReadBack()
    {
        var engine = new WarningEngine(settings, () => WorkingCalendar.Default);
        foreach (var e in written) engine.Observe(e);
        return engine;
    }

    private void Write(LoggedEvent e)
    {
        written.Add(e);
        Engine.Observe(e);
    }

    public IReadOnlyList<EarlyWarning> Open(string area = "320412") => Engine.Book.Open(area);
}
