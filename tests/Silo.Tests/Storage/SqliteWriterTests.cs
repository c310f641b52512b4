using GridActors.Access;
using GridActors.Log;
using GridActors.Silo.Hosting;
using GridActors.Silo.Storage.Log;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace GridActors.Tests.Storage;

/// <summary>The embedded store's one writer commits whatever waits in one transaction: a job that
/// fails there fails alone, and the appends committed beside it stand.</summary>
public sealed class SqliteWriterTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private static readonly Actor By = new("op", Role.Operator, "320412");

    [Fact]
    public async Task A_failing_job_in_a_batch_fails_alone_and_the_appends_beside_it_are_stored()
    {
        using var log = await OpenLog();
        LoggedEvent Event(string id) => new(0, "writer-test", id, 1, "writer-test.v1", $"c-{id}", By, DateTimeOffset.UnixEpoch, "{}");

        // Queued together, so the writer finds them waiting and commits them in as few batches as it can.
        var before = Enumerable.Range(0, 50).Select(i => log.Append(Event($"a{i}"))).ToList();
        var failing = log.Write<int>((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO no_such_table VALUES (1)";
            return command.ExecuteNonQuery();
        });
        var after = Enumerable.Range(0, 50).Select(i => log.Append(Event($"b{i}"))).ToList();

        await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.All(await Task.WhenAll(before.Concat(after)), Assert.True);
        Assert.Equal(100, (await log.ReadAfter(0, 1000)).Count(e => e.Stream == "writer-test"));
    }

    [Fact]
    public async Task Appends_committed_together_each_get_their_own_outcome_and_a_taken_version_neither_stores_nor_aborts_the_rest()
    {
        using var log = await OpenLog();
        LoggedEvent Event(string id, string commandId) => new(0, "conflict-test", id, 1, "writer-test.v1", commandId, By, DateTimeOffset.UnixEpoch, "{}");
        Assert.True(await log.Append(Event("taken", "first")));

        // The writer is held in a job of its own, so all that follows waits for it and goes in its next batch.
        using var release = new ManualResetEventSlim();
        var holding = log.Write((_, _) => release.Wait(TimeSpan.FromSeconds(30)));
        var fresh = Enumerable.Range(0, 20).Select(i => log.Append(Event($"new-{i}", $"new-{i}"))).ToList();
        var again = log.Append(Event("taken", "again"));
        var twins = new[] { log.Append(Event("twin", "twin-first")), log.Append(Event("twin", "twin-second")) };
        release.Set();

        Assert.True(await holding);
        Assert.All(await Task.WhenAll(fresh), Assert.True);
        Assert.Equal((false, true, false), (await again, await twins[0], await twins[1]));
        Assert.Equal(["first"], (await log.Read("conflict-test", "taken")).Select(e => e.CommandId));
        Assert.Equal(["twin-first"], (await log.Read("conflict-test", "twin")).Select(e => e.CommandId));
        Assert.Equal(22, (await log.ReadAfter(0, 1000)).Count(e => e.Stream == "conflict-test"));
    }

    private async Task<SqliteEventLog> OpenLog()
    {
        await database.ApplySchemaAsync();
        var settings = StorageSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(database.Configuration).Build());
        return new SqliteEventLog(settings.AdoNetConnectionString);
    }
}
