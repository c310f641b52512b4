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
    [Fact]
    public async Task A_failing_job_in_a_batch_fails_alone_and_the_appends_beside_it_are_stored()
    {
        await database.ApplySchemaAsync();
        var settings = StorageSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(database.Configuration).Build());
        using var log = new SqliteEventLog(settings.AdoNetConnectionString);
        var by = new Actor("op", Role.Operator, "320412");
        LoggedEvent Event(string id) => new(0, "writer-test", id, 1, "writer-test.v1", $"c-{id}", by, DateTimeOffset.UnixEpoch, "{}");

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
}
