using GridActors.Access;
using GridActors.Log;
using GridActors.Silo.Storage.Log;
using Npgsql;

namespace GridActors.Tests.Storage;

/// <summary>PostgreSQL's log commits the appends waiting together in one transaction. To know what
/// waits together, a test holds every writer: for each, a transaction of the test's own appends an
/// event uncommitted and an append of the same version waits on it inside that writer's batch. What
/// is appended meanwhile waits, and is the batch of the first writer let go, whole.</summary>
public sealed partial class PostgreSqlEventLogTests
{
    [Fact]
    public async Task Appends_committed_together_each_get_their_own_outcome_and_a_taken_version_neither_stores_nor_aborts_the_rest()
    {
        var taken = CaseRows.New("taken", "320412101001-01", DateTimeOffset.UnixEpoch);
        Assert.True(await log.Append(Event("case", "taken", "first"), taken));

        await using var held = await HoldEveryWriter("held");
        var fresh = Enumerable.Range(0, 20)
            .Select(i => log.Append(Event("batch", $"new-{i}", $"new-{i}"), CaseRows.New($"new-{i}", "320412101001-01", DateTimeOffset.UnixEpoch) with { Parties = [$"party-{i}"] }))
            .ToList();
        var again = log.Append(Event("case", "taken", "again"), taken with { Title = "overwritten", Parties = ["intruder"] });
        var twinFirst = log.Append(Event("batch", "twin", "twin-first"));
        var twinSecond = log.Append(Event("batch", "twin", "twin-second"));
        await held.LetOneGo();

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
        await using var held = await HoldEveryWriter("held-for-refusal");
        var before = Enumerable.Range(0, 10).Select(i => log.Append(Event("refusal", $"a-{i}", $"a-{i}"))).ToList();
        var refused = log.Append(Event("refusal", "bad", "bad") with { Data = "not json" });
        var after = Enumerable.Range(0, 10).Select(i => log.Append(Event("refusal", $"b-{i}", $"b-{i}"))).ToList();
        await held.LetOneGo();

        Assert.Equal("22P02", (await Assert.ThrowsAsync<PostgresException>(() => refused)).SqlState);
        Assert.All(await Task.WhenAll(before.Concat(after)), Assert.True);
        Assert.Equal([[20L]], await database.QueryAsync("SELECT count(*) FROM events WHERE stream = 'refusal'"));
    }

    [Fact]
    public async Task A_batch_whose_transaction_does_not_commit_fails_every_caller_in_it_and_stores_nothing()
    {
        await using var held = await HoldEveryWriter("held-first");
        await using var second = await Hold("held-second");
        var lost = Enumerable.Range(0, 10).Select(i => log.Append(Event("lost", $"lost-{i}", $"lost-{i}"))).Append(log.Append(Event("case", "held-second", "waits"))).ToList();
        await held.LetOneGo();

        // That batch waits on the second holder; its connection is ended before it commits.
        await WaitsOn(second);
        await database.QueryAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {second.Process} = ANY (pg_blocking_pids(pid))");

        foreach (var append in lost) await Assert.ThrowsAnyAsync<NpgsqlException>(() => append);
        await second.Rollback();
        Assert.Equal([[0L]], await database.QueryAsync("SELECT count(*) FROM events WHERE stream = 'lost'"));
        Assert.True(await log.Append(Event("lost", "lost-0", "retried")));
    }

    private static LoggedEvent Event(string stream, string id, string commandId) =>
        new(0, stream, id, 1, "test.grouped.v1", commandId, new Actor("op", Role.Operator, "320412"), DateTimeOffset.UnixEpoch, "{}");

    /// <summary>Until a batch waits on the holder's row: a wait inside PostgreSQL, which tells nobody, so it is looked for.</summary>
    private async Task WaitsOn(Writer holder)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((long)(await database.QueryAsync(
            $"SELECT count(*) FROM pg_stat_activity WHERE {holder.Process} = ANY (pg_blocking_pids(pid))"))[0][0]! == 0)
            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
    }

    /// <summary>Every writer in a batch of one append that waits on a holder, each taken in turn so
    /// that no writer takes two.</summary>
    private async Task<HeldWriters> HoldEveryWriter(string name)
    {
        var held = new HeldWriters();
        for (var i = 0; i < PostgreSqlEventLog.Writers; i++)
        {
            var holder = await Hold($"{name}-{i}");
            held.Add(holder, log.Append(Event("case", $"{name}-{i}", "waits")));
            await WaitsOn(holder);
        }
        return held;
    }

    private sealed class HeldWriters : IAsyncDisposable
    {
        private readonly List<(Writer Holder, Task<bool> Append)> held = [];

        public void Add(Writer holder, Task<bool> append) => held.Add((holder, append));

        /// <summary>The first holder commits, so its writer's append is refused and the writer takes what waits.</summary>
        public async Task LetOneGo()
        {
            await held[0].Holder.Commit();
            Assert.False(await held[0].Append);
        }

        /// <summary>The other holders roll back, so their writers' appends go in.</summary>
        public async ValueTask DisposeAsync()
        {
            foreach (var (holder, append) in held.Skip(1))
            {
                await holder.Rollback();
                Assert.True(await append);
            }
            foreach (var (holder, _) in held) await holder.DisposeAsync();
        }
    }

    /// <summary>A transaction holding version 1 of a case uncommitted.</summary>
    private async Task<Writer> Hold(string caseId)
    {
        var holder = await Open();
        await holder.Append(caseId);
        return holder;
    }
}
