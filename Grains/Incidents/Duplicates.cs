using GridActors.Territory;
using GridActors.Territory.Geometry;

namespace GridActors.Incidents;

/// <summary>Which open cases a new report likely duplicates, from the open cases of the grids around
/// it (their ledgers), never from a scan of all cases.</summary>
public static class Duplicates
{
    /// <summary>Open cases of the report's category, reported within the policy's window before
    /// <paramref name="now"/> and lying within its distance: nearest first, then by id.</summary>
    public static IReadOnlyList<string> Of(Report report, string reportId, DateTimeOffset now, DuplicatePolicy policy, IEnumerable<IncidentSummary> open)
    {
        if (report.Location is not { IsValid: true } at) return [];
        return [.. open
            .Where(c => c.Id != reportId && c.Category == report.Category && c.Status.IsOpen())
            .Where(c => c.ReportedAt <= now && now - c.ReportedAt <= policy.Window)
            .Select(c => (c.Id, Metres: c.Location is { } there ? LocalMetric.Metres(at, there) : double.PositiveInfinity))
            .Where(c => c.Metres <= policy.Metres)
            .OrderBy(c => c.Metres).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id)
            .Distinct()];
    }
}
