namespace GridActors.Tests.Storage;

/// <summary>The embedded shape: SQLite file, in-process clustering.</summary>
public sealed class SqliteStorageTests(SqliteDatabase database) : StorageContract(database), IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task The_database_file_is_created_in_write_ahead_log_mode()
    {
        await database.ApplySchemaAsync();

        Assert.Equal("wal", await database.JournalModeAsync());
    }
}
