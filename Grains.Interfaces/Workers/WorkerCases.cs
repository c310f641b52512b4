using GridActors.Incidents;

namespace GridActors.Workers;

/// <summary>The three lists of a grid worker's day, each a case list query: offers waiting for
/// their acceptance (oldest offer, so nearest accept deadline, first), accepted cases to resolve
/// (nearest deadline first; a case sent back for rework is among them), and the cases the worker
/// reported that now wait for their check on site.</summary>
public static class WorkerCases
{
    public static CaseQuery Offers(string workerId) => Held(workerId, [IncidentStatus.Dispatched], CaseSort.UpdatedAt);

    public static CaseQuery Accepted(string workerId) => Held(workerId, [IncidentStatus.Accepted, IncidentStatus.Reworked], CaseSort.DueAt);

    public static CaseQuery ToVerify(string workerId) => new(
        Statuses: [IncidentStatus.Resolved], ReportedByWorker: workerId,
        Order: new CaseOrder(CaseSort.UpdatedAt, Descending: false), Limit: CaseQuery.MaxLimit, Count: true);

    private static CaseQuery Held(string workerId, IReadOnlyList<IncidentStatus> statuses, CaseSort sort) => new(
        Statuses: statuses, Levels: [HandlingLevel.Grid], Handler: workerId,
        Order: new CaseOrder(sort, Descending: false), Limit: CaseQuery.MaxLimit, Count: true);
}
