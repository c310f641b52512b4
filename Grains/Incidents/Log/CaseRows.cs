namespace GridActors.Incidents.Log;

/// <summary>A case's row in the <c>cases</c> table, made from its state after each event.</summary>
public static class CaseRows
{
    public static CaseRecord Of(IncidentState s)
    {
        var d = s.Deadlines;
        var areas = AreaCode.Ancestors(s.GridCode);
        var reporter = s.Reporter!;
        return new CaseRecord(
            s.Id, s.Version, s.Status, s.Source, s.Category, s.Urgency, s.Title, s.Description,
            s.GridCode, areas[0], areas[1], areas[2], s.Level, s.Handler, reporter.Id, reporter.Role,
            s.Location?.Latitude, s.Location?.Longitude, s.Address, s.ReportedAt,
            s.History.Find(e => e.Kind == EventKind.Filed)?.At,
            s.History.FindLast(e => e.Kind == EventKind.Closed)?.At,
            s.DueAt, d.StageDue, Earlier(d.CaseDue, d.StageDue), Earlier(d.CaseWarn, d.StageWarn), d.StoppedAt,
            s.History[^1].At, s.MergedInto, Parties(s),
            d.StageWarn, s.LikelyDuplicateOf.Count > 0 ? [.. s.LikelyDuplicateOf] : null,
            d.CaseUnscheduledYear is not null, d.StageUnscheduledYear is not null);
    }

    /// <summary>What a grid's ledger keeps of the case, as <see cref="IncidentState.ToSummary"/> makes it.</summary>
    public static IncidentSummary Summary(CaseRecord r, DateTimeOffset now) =>
        new(r.Id, r.Version, r.Status, r.Category, r.Urgency, r.Title, r.GridCode, r.Level, r.Handler, r.ReportedAt, r.DueAt,
            r.StageDueAt, r.StageWarnAt, r.LightAt(now),
            r.Latitude is { } lat && r.Longitude is { } lon ? new Territory.GeoPoint(lat, lon) : null,
            r.LikelyDuplicateOf ?? [], r.MergedInto, r.DueEstimated, r.StageDueEstimated);

    private static IReadOnlyList<string> Parties(IncidentState s) =>
    [
        .. s.AllReporters.Select(CaseParties.Reporter),
        .. s.Workers.Select(CaseParties.Worker),
        .. s.History.Where(e => e.Level == HandlingLevel.Department && e.Handler is not null)
            .Select(e => CaseParties.Department(e.Handler!)).Distinct(),
    ];

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
