using GridActors.Log;
using GridActors.Silo.Storage.Log;
using Npgsql;

namespace GridActors.Tests.Storage;

/// <summary>PostgreSQL hands out sequence numbers when a transaction inserts and shows them when it
/// commits, so a later number can become visible first. These transactions append with the log's
/// own statement shape (the transaction id taken before the number) and are held open by hand.</summary>
[Collection(HeldTransactions.Name)]
public sealed partial class PostgreSqlEventLogTests(PostgreSqlDatabase database) : IClassFixture<PostgreSqlDatabase>, IAsyncLifetime
{
    private NpgsqlDataSource source = null!;
    private PostgreSqlEventLog log = null!;

    public async Task InitializeAsync()
    {
        await database.ApplySchemaAsync();
        source = NpgsqlDataSource.Create(database.ConnectionString);
        log = new PostgreSqlEventLog(source);
    }

    public async Task DisposeAsync()
    {
        log.Dispose();
        await source.DisposeAsync();
    }

    [Fact]
    public async Task A_reader_never_steps_past_a_lower_number_that_commits_later_and_then_reads_both_once_in_order()
    {
        var start = await LastSequence();
        await using var earlier = await Open();
        await using var later = await Open();
        var first = await earlier.Append("ooo-a");
        var second = await later.Append("ooo-b");
        Assert.True(first < second);

        await later.Commit();
        Assert.Empty(await log.ReadAfter(start, 100));

        await earlier.Commit();
        Assert.Equal([(first, "ooo-a"), (second, "ooo-b")], (await log.ReadAfter(start, 100)).Select(e => (e.Sequence, e.EntityId)));
        Assert.Equal([(second, "ooo-b")], (await log.ReadAfter(first, 100)).Select(e => (e.Sequence, e.EntityId)));
        Assert.Empty(await log.ReadAfter(second, 100));
    }

    [Fact]
    public async Task A_rolled_back_number_is_stepped_over_once_no_transaction_that_could_hold_it_is_running()
    {
        var start = await LastSequence();
        await using var rolledBack = await Open();
        await using var bystander = await Open();
        await using var committed = await Open();
        var gap = await rolledBack.Append("gap-a");
        await bystander.TakeId();
        await rolledBack.Rollback();
        var after = await committed.Append("gap-b");
        await committed.Commit();

        // The bystander began before the reader saw the gap: for all the reader can tell, it holds the missing number.
        Assert.Empty(await log.ReadAfter(start, 100));

        await bystander.Rollback();
        // Transactions of other tests on the same server count as well (transaction ids are the server's), so wait for them to pass.
        var read = await Eventually(() => log.ReadAfter(start, 100));
        Assert.Equal([(after, "gap-b")], read.Select(e => (e.Sequence, e.EntityId)));
        Assert.True(gap < after);
        Assert.Empty(await log.ReadAfter(after, 100));
    }

    private async Task<long> LastSequence() =>
        (await database.QueryAsync("SELECT coalesce(max(sequence), 0) FROM events")).Single()[0] is long last ? last : 0;

    private static async Task<IReadOnlyList<LoggedEvent>> Eventually(Func<Task<IReadOnlyList<LoggedEvent>>> read)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await read() is { Count: > 0 } events) return events;
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }
    }

    private async Task<Writer> Open()
    {
        var connection = await source.OpenConnectionAsync();
        return new Writer(connection, await connection.BeginTransactionAsync());
    }

    /// <summary>One open transaction on its own connection.</summary>
    private sealed class Writer(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        /// <summary>Its server process, which a transaction waiting on it names among its blockers.</summary>
        public int Process => connection.ProcessID;

        public async Task TakeId()
        {
            await using var command = new NpgsqlCommand("SELECT pg_current_xact_id()", connection, transaction);
            await command.ExecuteScalarAsync();
        }

        public async Task<long> Append(string entityId)
        {
            await TakeId();
            await using var command = new NpgsqlCommand("""
                INSERT INTO events (stream, entity_id, version, type, command_id, actor_id, actor_role, actor_scope, at, data)
                VALUES ('case', @id, 1, 'case.filed.v1', 'c', 'op', 'Operator', '320412', now(), '{"type":"case.filed.v1"}')
                RETURNING sequence
                """, connection, transaction);
            command.Parameters.AddWithValue("id", entityId);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public Task Commit() => transaction.CommitAsync();

        public Task Rollback() => transaction.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
