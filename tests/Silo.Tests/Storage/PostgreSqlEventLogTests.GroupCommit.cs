using GridActors.Access;
using GridActors.Log;
using Npgsql;

namespace GridActors.Tests.Storage;

/// <summary>PostgreSQL's log commits the appends waiting together in one transaction. To know what
/// waits together, a test holds the writer: a transaction of its own appends an event uncommitted,
/// an append of the same version waits on it inside the writer's batch, and whatever is appended
/// meanwhile is the next batch, whole.</summary>
public sealed partial class PostgreSqlEventLogTests
{
    [Fact]
    public async Task Appends_committed_together_each_get_their_own_outcome_and_a_taken_version_neither_stores_nor_aborts_the_rest()
    {
        var taken = CaseRows.New("taken", "320412101001-01", DateTimeOffset.UnixEpoch);
        Assert.True(await log.Append(Event("case", "taken", "first"), taken));

        await using var holder = await Hold("held");
        var held = log.Append(Event("case", "held", "waits"));
        await WriterWaits();
        var fresh = Enumerable.Range(0, 20)
            .Select(i => log.Append(Event("batch", $"new-{i}", $"new-{i}"), CaseRows.New($"new-{i}", "320412101001-01", DateTimeOffset.UnixEpoch) with { Parties = [$"party-{i}"] }))
            .ToList();
        var again = log.Append(Event("case", "taken", "again"), taken with { Title = "overwritten", Parties = ["intruder"] });
        var twinFirst = log.Append(Event("batch", "twin", "twin-first"));
        var twinSecond = log.Append(Event("batch", "twin", "twin-second"));
        await holder.Commit();

        Assert.False(await held);
        Assert.All(await Task.WhenAll(fresh), Assert.True);
        Assert.Equal((false, true, false), (await again, await twinFirst, await twinSecond));
        Assert.Equal([[21L, 1L]], await database.QueryAsync("SELECT count(*), count(DISTINCT xmin::text) FROM events WHERE entity_id LIKE 'new-%' OR entity_id = 'twin'"));
        Assert.Equal(["first"], (await log.Read("case", "taken")).Select(e => e.CommandId));
        Assert.Equal(["twin-first"], (await log.Read("batch", "twin")).Select(e => e.CommandId));
        Assert.Equal([["case taken"]], await database.QueryAsync("SELECT title FROM cases WHERE id = 'taken'"));
        Assert.Empty(await database.QueryAsync("SELECT case_id FROM case_parties WHERE party = 'intruder'"));
        Assert.Equal(
            Enumerable.Range(0, 20).Select(i => new object?[] { $"new-{i}", $"party-{i}" }).OrderBy(r => (string)r[0]!, StringComparer.Ordinal),
            await database.QueryAsync("SELECT c.id, p.party FROM cases c JOIN case_parties p ON p.case_id = c.id WHERE c.id LIKE 'new-%' ORDER BY c.id COLLATE \"C\""));
    }

    [Fact]
    public async Task An_append_the_database_refuses_fails_alone_and_the_appends_waiting_with_it_are_stored()
    {
        await using var holder = await Hold("held-for-refusal");
        var held = log.Append(Event("case", "held-for-refusal", "waits"));
        await WriterWaits();
        var before = Enumerable.Range(0, 10).Select(i => log.Append(Event("refusal", $"a-{i}", $"a-{i}"))).ToList();
        var refused = log.Append(Event("refusal", "bad", "bad") with { Data = "not json" });
        var after = Enumerable.Range(0, 10).Select(i => log.Append(Event("refusal", $"b-{i}", $"b-{i}"))).ToList();
        await holder.Commit();

        Assert.False(await held);
        Assert.Equal("22P02", (await Assert.ThrowsAsync<PostgresException>(() => refused)).SqlState);
        Assert.All(await Task.WhenAll(before.Concat(after)), Assert.True);
        Assert.Equal([[20L]], await database.QueryAsync("SELECT count(*) FROM events WHERE stream = 'refusal'"));
    }

    [Fact]
    public async Task A_batch_whose_transaction_does_not_commit_fails_every_caller_in_it_and_stores_nothing()
    {
        await using var first = await Hold("held-first");
        await using var second = await Hold("held-second");
        var heldFirst = log.Append(Event("case", "held-first", "waits"));
        await WriterWaits();
        var lost = Enumerable.Range(0, 10).Select(i => log.Append(Event("lost", $"lost-{i}", $"lost-{i}"))).Append(log.Append(Event("case", "held-second", "waits"))).ToList();
        await first.Commit();
        Assert.False(await heldFirst);

        // The batch after waits on the second holder; its connection is ended before it commits.
        await WriterWaits();
        await database.QueryAsync("SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database()");

        foreach (var append in lost) await Assert.ThrowsAnyAsync<NpgsqlException>(() => append);
        await second.Rollback();
        Assert.Equal([[0L]], await database.QueryAsync("SELECT count(*) FROM events WHERE stream = 'lost'"));
        Assert.True(await log.Append(Event("lost", "lost-0", "retried")));
    }

    private static LoggedEvent Event(string stream, string id, string commandId) =>
        new(0, stream, id, 1, "test.grouped.v1", commandId, new Actor("op", Role.Operator, "320412"), DateTimeOffset.UnixEpoch, "{}");

    /// <summary>Until the writer's batch waits on a holder's row: a wait inside PostgreSQL, which tells nobody, so it is looked for.</summary>
    private async Task WriterWaits()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((long)(await database.QueryAsync(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database()"))[0][0]! == 0)
            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
    }

    /// <summary>A transaction holding version 1 of a case uncommitted.</summary>
    private async Task<Writer> Hold(string caseId)
    {
        var holder = await Open();
        await holder.Append(caseId);
        return holder;
    }
}
