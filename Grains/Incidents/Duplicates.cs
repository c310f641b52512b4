using GridActors.Territory;
using GridActors.Territory.Geometry;

namespace GridActors.Incidents;

/// <summary>Which open cases a new report likely duplicates, from the open cases of the grids around
/// it (their ledgers), never from a scan of all cases.</summary>
public static class Duplicates
{
    /// <summary>Open cases of the report's category, reported within the policy's window before
    /// <paramref name="now"/> and lying within its distance: nearest first, then by id.</summary>
    public static IReadOnlyList<string> Of(Report report, string reportId, DateTimeOffset now, DuplicatePolicy policy, IEnumerable<IncidentSummary> open) =>
        report.Location is { IsValid: true } at
            ? [.. Near(at, report.Category, now, policy, open.Where(c => c.Id != reportId)).Select(c => c.Case.Id)]
            : [];

    /// <summary>The same rule for a report not yet made (the worker's app asks before sending): each
    /// case with its distance in metres from <paramref name="at"/>.</summary>
    public static IReadOnlyList<(IncidentSummary Case, double Metres)> Near(GeoPoint at, string category, DateTimeOffset now, DuplicatePolicy policy, IEnumerable<IncidentSummary> open) =>
        [.. open
            .Where(c => c.Category == category && c.Status.IsOpen())
            .Where(c => c.ReportedAt <= now && now - c.ReportedAt <= policy.Window)
            .Select(c => (Case: c, Metres: c.Location is { } there ? LocalMetric.Metres(at, there) : double.PositiveInfinity))
            .Where(c => c.Metres <= policy.Metres)
            .DistinctBy(c => c.Case.Id)
            .OrderBy(c => c.Metres).ThenBy(c => c.Case.Id, StringComparer.Ordinal)];
}
