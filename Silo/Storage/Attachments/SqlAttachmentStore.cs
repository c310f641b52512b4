using System.Data.Common;
using GridActors.Attachments;
using GridActors.Silo.Storage.Cases;
using GridActors.Silo.Storage.Log;

namespace GridActors.Silo.Storage.Attachments;

/// <summary>The <c>attachments</c> table on either back end: the SQL is the same, only the connection
/// and how an instant is written differ. The same photo sent twice finds its row there and adds none.</summary>
public sealed class SqlAttachmentStore(Func<Task<DbConnection>> open, CaseDialect dialect) : IAttachmentStore
{
    public async Task PutAsync(AttachmentRef attachment, byte[] bytes, DateTimeOffset at)
    {
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO attachments (hash, media_type, size, content, stored_at)
            VALUES (@hash, @media_type, @size, @content, @stored_at)
            ON CONFLICT (hash) DO NOTHING
            """;
        EventLogSql.Add(command, "hash", attachment.Hash);
        EventLogSql.Add(command, "media_type", attachment.MediaType);
        EventLogSql.Add(command, "size", attachment.Size);
        EventLogSql.Add(command, "content", bytes);
        EventLogSql.Add(command, "stored_at", dialect.Instant(at));
        await command.ExecuteNonQueryAsync();
    }

    public async Task<AttachmentContent?> GetAsync(string hash)
    {
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT media_type, content FROM attachments WHERE hash = @hash";
        EventLogSql.Add(command, "hash", hash);
        await using var row = await command.ExecuteReaderAsync();
        return await row.ReadAsync() ? new AttachmentContent(row.GetString(0), (byte[])row[1]) : null;
    }
}
