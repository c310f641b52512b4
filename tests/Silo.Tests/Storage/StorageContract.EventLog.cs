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

    [Fact]
    public async Task An_assessments_read_of_the_log_keeps_what_its_period_needs_as_the_rule_in_code_does()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        var log = silo.Services.GetRequiredService<IEventLog>();
        var tag = $"p-{Guid.NewGuid():N}-";
        // June 2001: far before any other test's events, so the read holds ours and no one else's.
        var (from, to) = (new DateTimeOffset(2001, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2001, 7, 1, 0, 0, 0, TimeSpan.Zero));
        DateTimeOffset May(int day) => from.AddDays(day - 32);
        var written = new List<LoggedEvent>();
        async Task Write(string stream, string entity, string type, DateTimeOffset at)
        {
            var e = new LoggedEvent(0, stream, tag + entity, written.Count(w => w.EntityId == tag + entity) + 1, type, $"{entity}-{type}", Operator, at, "{}");
            Assert.True(await log.Append(e));
            written.Add(e);
        }

        await Write(LogStreams.Case, "done", "case.reported.v1", May(1));
        await Write(LogStreams.Case, "done", "case.filed.v1", May(1));
        await Write(LogStreams.Case, "evaluated", "case.reported.v1", May(2));
        await Write(LogStreams.Case, "done", "case.closed.v1", May(3));
        await Write(LogStreams.Case, "evaluated", "case.closed.v1", May(4));
        await Write(LogStreams.Case, "open", "case.reported.v1", May(5));
        await Write("alert", "raised", "alert.changed.v1", May(6));
        await Write(LogStreams.Case, "open", "case.filed.v1", May(7));
        await Write(LogStreams.Case, "evaluated", "case.evaluated.v1", from.AddDays(1));
        await Write(LogStreams.Case, "later", "case.reported.v1", to);

        var read = (await log.ReadForPeriod(from, to)).Where(e => e.EntityId.StartsWith(tag, StringComparison.Ordinal)).Select(e => (e.EntityId[tag.Length..], e.Version));

        Assert.Equal(PeriodReading.Of(written, from, to).Select(e => (e.EntityId[tag.Length..], e.Version)), read);
        Assert.Equal([("done", 1L), ("evaluated", 1L), ("evaluated", 2L), ("open", 1L), ("raised", 1L), ("open", 2L), ("evaluated", 3L)], read);
    }
}
