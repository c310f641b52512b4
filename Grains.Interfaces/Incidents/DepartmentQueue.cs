namespace GridActors.Incidents;

/// <summary>A department's queue: the open cases it holds now, dispatched or escalated to it and not
/// yet returned, sent on, closed or ended otherwise. A case it resolved stays in it until the
/// command centre closes it (a failed check sends it back to the department as rework).</summary>
public static class DepartmentQueue
{
    /// <summary>The statuses a case in a queue may have.</summary>
    public static readonly IReadOnlyList<IncidentStatus> Statuses = [.. Enum.GetValues<IncidentStatus>().Where(s => s.IsOpen())];

    /// <summary>The department whose queue holds a case in this state, or null.</summary>
    public static string? HolderOf(IncidentStatus status, HandlingLevel? level, string? handler) =>
        status.IsOpen() && level == HandlingLevel.Department ? handler : null;

    public static string? HolderOf(IncidentSummary incident) => HolderOf(incident.Status, incident.Level, incident.Handler);

    /// <summary>A list's query narrowed to the department's queue; the statuses asked, if any, stay.</summary>
    public static CaseQuery Of(CaseQuery query, string department) => query with
    {
        Levels = [HandlingLevel.Department],
        Handler = department,
        Statuses = query.Statuses ?? Statuses,
    };

    /// <summary>Why statuses asked of a queue cannot be in it, or null when they can.</summary>
    public static string? StatusProblem(IReadOnlyList<IncidentStatus>? asked) =>
        asked?.Where(s => !s.IsOpen()).ToList() is { Count: > 0 } ended
            ? $"a queue holds open cases only, not {string.Join(", ", ended)}; the cases a department handled are in GET /api/v1/incidents"
            : null;
}
