using System.Text.Json;
using GridActors.Incidents;
using GridActors.Incidents.Log;

namespace GridActors.Tests.Incidents;

/// <summary>A case stored whole by the release before the event log becomes the events and rows the
/// live case would have written: replayed, they are the case again, and each row is the case as it
/// stood after its event.</summary>
public class StoredCasesTests
{
    public static TheoryData<IncidentStatus> EveryStatus() => [.. Enum.GetValues<IncidentStatus>()];

    [Theory, MemberData(nameof(EveryStatus))]
    public void A_stored_case_becomes_one_event_per_history_entry_that_replays_to_the_case(IncidentStatus status)
    {
        var script = Paths.To(status);
        var stored = script.State;

        var converted = StoredCases.ToEvents(stored);

        Assert.Equal(stored.History.Select(e => e.Version), converted.Select(c => c.Event.Version));
        Assert.Equal(stored.History.Select(e => e.Version), converted.Select(c => c.Row.Version));
        var replayed = new IncidentState { Id = stored.Id };
        foreach (var (logged, _) in converted)
        {
            var (e, report) = CaseEvents.FromLogged(logged);
            replayed.Apply(e, report);
        }
        Assert.Equal(Json(stored.ToView(script.Now)), Json(replayed.ToView(script.Now)));
        Assert.Equal(Json(CaseRows.Of(stored)), Json(converted[^1].Row));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
