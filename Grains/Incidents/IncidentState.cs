using GridActors.Access;
using GridActors.Territory;

namespace GridActors.Incidents;

/// <summary>The case file. Changed only by <see cref="Apply"/> with an event the rules accepted, so
/// replaying the case's events from the log rebuilds it. (Stored whole before the event log; the
/// serializer attributes stay so such a database can be upgraded.)</summary>
[GenerateSerializer, Alias("incident.state.v1")]
public sealed class IncidentState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public long Version { get; set; }
    [Id(2)] public IncidentStatus Status { get; set; }
    /// <summary>The status a deferral returns to.</summary>
    [Id(3)] public IncidentStatus? ResumeStatus { get; set; }
    [Id(4)] public IncidentSource Source { get; set; }
    [Id(5)] public string Category { get; set; } = "";
    [Id(6)] public Urgency Urgency { get; set; }
    [Id(7)] public string Title { get; set; } = "";
    [Id(8)] public string? Description { get; set; }
    [Id(9)] public string GridCode { get; set; } = "";
    [Id(10)] public GeoPoint? Location { get; set; }
    [Id(11)] public string? Address { get; set; }
    [Id(12)] public Actor? Reporter { get; set; }
    [Id(13)] public DateTimeOffset ReportedAt { get; set; }
    [Id(14)] public HandlingLevel? Level { get; set; }
    [Id(15)] public string? Handler { get; set; }
    [Id(16)] public DateTimeOffset? DueAt { get; set; }
    [Id(17)] public DateTimeOffset? DeferredAt { get; set; }
    [Id(18)] public int? Satisfaction { get; set; }
    [Id(19)] public List<IncidentEvent> History { get; set; } = [];
    /// <summary>Every worker that ever held the case, so each is told when it moves on.</summary>
    [Id(20)] public HashSet<string> Workers { get; set; } = [];
    /// <summary>The running clocks; <see cref="DueAt"/> is their case deadline, kept where it always was.</summary>
    [Id(21)] public Deadlines Deadlines { get; set; } = Deadlines.None;
    /// <summary>Open cases this report likely duplicates, as found when it was reported.</summary>
    [Id(22)] public List<string> LikelyDuplicateOf { get; set; } = [];
    /// <summary>The first reporter, then the reporters of the duplicates merged into this case.</summary>
    [Id(23)] public List<Actor> Reporters { get; set; } = [];
    [Id(24)] public List<string> MergedFrom { get; set; } = [];
    [Id(25)] public string? MergedInto { get; set; }

    public bool Exists => Version > 0;

    /// <summary>Everyone who reported the case; one stored before reporters were listed has its first alone.</summary>
    public IReadOnlyList<Actor> AllReporters => Reporters.Count > 0 || Reporter is null ? Reporters : [Reporter];

    public bool HasApplied(string commandId) => History.Exists(e => e.CommandId == commandId);

    /// <summary>Applies one event; the first, a report, comes with what was reported.</summary>
    public void Apply(IncidentEvent e, Report? report)
    {
        switch (e.Kind)
        {
            // The rules refuse a report without a grid, so one that is applied has it.
            case EventKind.Reported when report is { } r:
                (Source, Category, Urgency, Title, Description, GridCode, Location, Address) =
                    (r.Source, r.Category, r.Urgency, r.Title, r.Description, r.GridCode!, r.Location, r.Address);
                (Reporter, ReportedAt) = (e.By, e.At);
                Reporters = [e.By];
                LikelyDuplicateOf = [.. e.LikelyDuplicateOf ?? []];
                break;
            case EventKind.Merged:
                MergedInto = e.OtherCase;
                break;
            case EventKind.ReportersAdded:
                MergedFrom.Add(e.OtherCase!);
                Reporters = [.. AllReporters.Union(e.Reporters ?? [])];
                break;
            case EventKind.Dispatched or EventKind.Escalated:
                (Level, Handler) = (e.Level, e.Handler);
                if (e.Level == HandlingLevel.Grid) Workers.Add(e.Handler!);
                break;
            case EventKind.Returned:
                Handler = null;
                break;
            case EventKind.Deferred:
                (ResumeStatus, DeferredAt) = (Status, e.At);
                break;
            case EventKind.Resumed:
                (ResumeStatus, DeferredAt) = (null, null);
                break;
            case EventKind.Evaluated:
                Satisfaction = e.Satisfaction;
                break;
        }
        if (e.Deadlines is { } clocks) (Deadlines, DueAt) = (clocks, clocks.CaseDue);
        (Version, Status) = (e.Version, e.Status);
        History.Add(e);
    }

    public IncidentSummary ToSummary(DateTimeOffset now) =>
        new(Id, Version, Status, Category, Urgency, Title, GridCode, Level, Handler, ReportedAt, DueAt,
            Deadlines.StageDue, Deadlines.StageWarn, Lights.Of(Deadlines, now), Location, [.. LikelyDuplicateOf], MergedInto,
            Deadlines.CaseUnscheduledYear is not null, Deadlines.StageUnscheduledYear is not null);

    public IncidentView ToView(DateTimeOffset now) => new(
        Id, Version, Status, Source, Category, Urgency, Title, Description, GridCode,
        AreaCode.Ancestors(GridCode), Location, Address, Reporter!, ReportedAt, Level, Handler, DueAt,
        History.Count(e => e.Kind == EventKind.Supervised), Satisfaction, [.. History],
        Deadlines.StageDue, Deadlines.StageWarn, Lights.Of(Deadlines, now),
        [.. LikelyDuplicateOf], MergedInto, [.. AllReporters], [.. MergedFrom],
        Deadlines.CaseUnscheduledYear is not null, Deadlines.StageUnscheduledYear is not null, UnscheduledDeadlines.Warnings(Deadlines),
        // Null while there are none, as a case file read before photos were attached showed it.
        History.Exists(e => e.Attachment is not null) ? [.. History.Where(e => e.Attachment is not null).Select(e => e.Attachment!)] : null);
}
