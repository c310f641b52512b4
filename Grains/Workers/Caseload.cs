using GridActors.Incidents;

namespace GridActors.Workers;

/// <summary>The cases a worker holds: offered ones pending acknowledgement, and accepted ones still
/// open. Applying a case summary is idempotent by version.</summary>
[GenerateSerializer, Alias("worker.caseload.v1")]
public sealed class Caseload
{
    [Id(0)] public Dictionary<string, Assignment> Pending { get; set; } = [];
    /// <summary>Accepted, still-open cases and the version last seen of each.</summary>
    [Id(1)] public Dictionary<string, long> Active { get; set; } = [];

    public int Load => Pending.Count + Active.Count;

    /// <summary>Returns whether anything changed.</summary>
    public bool Apply(IncidentSummary s, string workerId)
    {
        var seen = Pending.TryGetValue(s.Id, out var offered) ? offered.Version : Active.GetValueOrDefault(s.Id);
        if (s.Version <= seen) return false;
        var held = s.Level == HandlingLevel.Grid && s.Handler == workerId && s.Status.IsOpen();
        var changed = Pending.Remove(s.Id) | Active.Remove(s.Id);
        if (held && s.Status == IncidentStatus.Dispatched)
            Pending[s.Id] = new Assignment(s.Id, s.Version, s.Title, s.Category, s.Urgency, s.GridCode, s.DueAt);
        else if (held)
            Active[s.Id] = s.Version;
        return changed || held;
    }

    /// <summary>Oldest offer first, so a worker app lists them in the order they came.</summary>
    public IReadOnlyList<Assignment> PendingInOrder() =>
        [.. Pending.Values.OrderBy(a => a.Version).ThenBy(a => a.IncidentId, StringComparer.Ordinal)];
}
