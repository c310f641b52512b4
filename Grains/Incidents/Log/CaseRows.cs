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
            s.History[^1].At, s.MergedInto, Parties(s));
    }

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
