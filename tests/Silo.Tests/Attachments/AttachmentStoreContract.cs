using System.Data.Common;
using GridActors.Attachments;
using GridActors.Silo.Storage.Attachments;
using GridActors.Silo.Storage.Cases;
using GridActors.Tests.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GridActors.Tests.Attachments;

/// <summary>What the attachment store promises on every back end: the bytes come back exactly, with
/// their media type, and the same photo put twice is one row.</summary>
public abstract class AttachmentStoreContract(IStorageDatabase database, Func<Task<DbConnection>> open, CaseDialect dialect)
{
    static readonly DateTimeOffset At = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    IAttachmentStore Store => new SqlAttachmentStore(open, dialect);

    static (AttachmentRef Ref, byte[] Bytes) Photo(byte salt)
    {
        byte[] bytes = [0xFF, 0xD8, 0xFF, 0xE0, salt, 0x00, 0xFF];
        return (new AttachmentRef(AttachmentKinds.HashOf(bytes), AttachmentKinds.Jpeg, bytes.Length), bytes);
    }

    [Fact]
    public async Task The_same_photo_put_twice_is_one_row_and_reads_back_byte_for_byte()
    {
        await database.ApplySchemaAsync();
        var (photo, bytes) = Photo(1);

        await Store.PutAsync(photo, bytes, At);
        await Store.PutAsync(photo, bytes, At.AddMinutes(5));

        var rows = await database.QueryAsync($"SELECT media_type, size FROM attachments WHERE hash = '{photo.Hash}'");
        Assert.Equal((AttachmentKinds.Jpeg, 7L), ((string)Assert.Single(rows)[0]!, Convert.ToInt64(rows[0][1], System.Globalization.CultureInfo.InvariantCulture)));
        var read = await Store.GetAsync(photo.Hash);
        Assert.Equal(AttachmentKinds.Jpeg, read!.MediaType);
        Assert.Equal(bytes, read.Bytes);
    }

    [Fact]
    public async Task A_hash_never_stored_reads_as_nothing()
    {
        await database.ApplySchemaAsync();
        Assert.Null(await Store.GetAsync(Photo(2).Ref.Hash));
    }
}

public sealed class SqliteAttachmentStoreTests(SqliteDatabase database) : AttachmentStoreContract(database, async () =>
{
    var connection = new SqliteConnection(database.ConnectionString);
    await connection.OpenAsync();
    return connection;
}, SqliteCaseDialect.Instance), IClassFixture<SqliteDatabase>;

public sealed class PostgreSqlAttachmentStoreTests(PostgreSqlDatabase database) : AttachmentStoreContract(database, async () =>
{
    var connection = new NpgsqlConnection(database.ConnectionString);
    await connection.OpenAsync();
    return connection;
}, PostgreSqlCaseDialect.Instance), IClassFixture<PostgreSqlDatabase>;
