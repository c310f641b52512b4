using GridActors.Log;

namespace GridActors.Incidents.Log;

/// <summary>A case made again from its events, as its grain does on activation.</summary>
public static class CaseReplay
{
    /// <summary>The case's state after its events, given in version order.</summary>
    public static IncidentState State(string caseId, IEnumerable<LoggedEvent> events)
    {
        var state = new IncidentState { Id = caseId };
        foreach (var logged in events)
        {
            var (e, report) = CaseEvents.FromLogged(logged);
            state.Apply(e, report);
        }
        return state;
    }
}
