using GridActors.Access;
using GridActors.Incidents;
using GridActors.Log;
using Microsoft.Extensions.DependencyInjection;
using static GridActors.Tests.Storage.CaseWorld;

namespace GridActors.Tests.Storage;

/// <summary>The event log and the case rows written with it, on each back end.</summary>
public abstract partial class StorageContract
{
    [Fact]
    public async Task A_case_through_its_whole_lifecycle_is_one_event_per_accepted_command_in_version_order_and_its_row_agrees()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        await CaseWorld.Create(silo.Grains);
        var incident = silo.Grains.GetGrain<IIncidentGrain>("lifecycle-1");

        async Task Accepted(IncidentCommand command, string id, Actor actor)
        {
            var result = await incident.Handle(command, id, actor);
            Assert.Equal((null, false), (result.Refusal, result.AlreadyApplied));
        }

        await Accepted(Report(1), "report", Worker);
        Assert.Equal(RefusalCode.WrongState, (await incident.Handle(new Close(null), "close-early", Operator)).Refusal!.Code);
        await Accepted(new FileCase(null), "file", Operator); // and the platform dispatches it to the worker on duty
        await Accepted(new Accept(), "accept", Worker);
        Assert.True((await incident.Handle(new Accept(), "accept", Worker)).AlreadyApplied);
        await Accepted(new Resolve("cleared"), "resolve", Worker);
        await Accepted(new Verify(null), "verify", Operator);
        await Accepted(new Close(null), "close", Operator);
        await Accepted(new Evaluate(5, "quick"), "evaluate", Operator);
        Assert.Equal(RefusalCode.WrongState, (await incident.Handle(new Evaluate(1), "evaluate-again", Operator)).Refusal!.Code);

        var view = (await incident.Get())!;
        var rows = await database.QueryAsync("SELECT version, type, command_id FROM events WHERE stream = 'case' AND entity_id = 'lifecycle-1' ORDER BY sequence");
        Assert.Equal(
            [
                [1L, "case.reported.v1", "report"], [2L, "case.filed.v1", "file"], [3L, "case.dispatched.v1", view.History[2].CommandId],
                [4L, "case.accepted.v1", "accept"], [5L, "case.resolved.v1", "resolve"], [6L, "case.verified.v1", "verify"],
                [7L, "case.closed.v1", "close"], [8L, "case.evaluated.v1", "evaluate"],
            ],
            rows);
        Assert.Equal(8, view.Version);
        Assert.Equal([RowOf(view)], await database.QueryAsync($"SELECT {CaseColumns} FROM cases WHERE id = 'lifecycle-1'"));
    }

    [Fact]
    public async Task Two_concurrent_appends_of_one_version_one_succeeds_one_is_refused_and_one_event_is_stored()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        var log = silo.Services.GetRequiredService<IEventLog>();
        LoggedEvent Event(string commandId) =>
            new(0, "race", "race-1", 1, "test.raced.v1", commandId, Operator, DateTimeOffset.UnixEpoch, "{}");

        var outcomes = await Task.WhenAll(log.Append(Event("first")), log.Append(Event("second")));

        Assert.Equal([false, true], outcomes.Order());
        var stored = Assert.Single(await log.Read("race", "race-1"));
        Assert.Equal(outcomes[0] ? "first" : "second", stored.CommandId);
    }
}
