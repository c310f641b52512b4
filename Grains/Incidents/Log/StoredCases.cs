using GridActors.Log;

namespace GridActors.Incidents.Log;

/// <summary>A case as the release before the event log stored it (its whole file, history included)
/// turned into the log's events, each with the case's row after it, as live writes make them.</summary>
public static class StoredCases
{
    /// <summary>Every history entry as its event, in version order, with the row of the case replayed up
    /// to it. The first entry's report is rebuilt from what the file kept of it.</summary>
    public static IReadOnlyList<(LoggedEvent Event, CaseRecord Row)> ToEvents(IncidentState stored)
    {
        var report = new Report(stored.Source, stored.Category, stored.Urgency, stored.Title, stored.GridCode,
            stored.Description, stored.Location, stored.Address);
        var replayed = new IncidentState { Id = stored.Id };
        var events = new List<(LoggedEvent, CaseRecord)>(stored.History.Count);
        foreach (var e in stored.History)
        {
            var carried = e.Kind == EventKind.Reported ? report : null;
            replayed.Apply(e, carried);
            events.Add((CaseEvents.ToLogged(stored.Id, e, carried), CaseRows.Of(replayed)));
        }
        return events;
    }
}
