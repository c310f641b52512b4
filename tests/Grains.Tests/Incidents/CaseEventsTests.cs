using System.Text.Json;
using GridActors.Incidents;
using GridActors.Incidents.Log;

namespace GridActors.Tests.Incidents;

/// <summary>The log's typed events lose nothing: every kind of event, as the rules make it, reads
/// back from its stored form as the same history entry, and the replayed case is the case.</summary>
public class CaseEventsTests
{
    public static TheoryData<IncidentStatus, string> EveryAcceptedStep()
    {
        var data = new TheoryData<IncidentStatus, string>();
        foreach (var status in Enum.GetValues<IncidentStatus>())
            foreach (var name in Paths.CommandNames)
            {
                var (command, actor) = Paths.Command(name);
                if (Paths.To(status).Decide(command, actor).Refusal is null) data.Add(status, name);
            }
        return data;
    }

    [Theory, MemberData(nameof(EveryAcceptedStep))]
    public void A_case_replayed_from_its_stored_events_is_the_case(IncidentStatus from, string step)
    {
        var (command, actor) = Paths.Command(step);
        Replays(Paths.To(from).Do(command, actor));
    }

    /// <summary>Mutual evaluation needs a department on the other side, which the shortest paths never call.</summary>
    [Fact]
    public void A_case_evaluated_by_both_parties_replays_from_its_stored_events() =>
        Replays(MutualEvaluationTests.ClosedByPolice().Do(new EvaluateMutually(4, "came quickly"), People.Reporter).Do(new EvaluateMutually(3), People.Police));

    private static void Replays(CaseScript script)
    {
        var replayed = new IncidentState { Id = script.State.Id };
        foreach (var e in script.State.History)
        {
            var logged = CaseEvents.ToLogged(replayed.Id, e, e.Kind == EventKind.Reported ? CaseScript.AReport() : null);
            Assert.Equal(e.Kind.ToString(), JsonDocument.Parse(logged.Data).RootElement.GetProperty("type").GetString() switch
            {
                "case.reporters-added.v1" => nameof(EventKind.ReportersAdded),
                "case.mutually-evaluated.v1" => nameof(EventKind.MutuallyEvaluated),
                var type => Capitalised(type!.Split('.')[1]),
            });
            var (back, report) = CaseEvents.FromLogged(logged);
            Assert.Equal(Json(e), Json(back));
            replayed.Apply(back, report);
        }

        Assert.Equal(Json(script.State.ToView(script.Now)), Json(replayed.ToView(script.Now)));
    }

    [Fact]
    public void Every_kind_of_event_is_among_the_steps_replayed()
    {
        // A mutual evaluation is replayed by the fact above: the shortest paths never reach a department.
        var kinds = new HashSet<EventKind> { EventKind.MutuallyEvaluated };
        foreach (var row in EveryAcceptedStep())
        {
            var (command, actor) = Paths.Command((string)row[1]);
            kinds.UnionWith(Paths.To((IncidentStatus)row[0]).Do(command, actor).State.History.Select(e => e.Kind));
        }
        Assert.Equal(Enum.GetValues<EventKind>().ToHashSet(), kinds);
    }

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
