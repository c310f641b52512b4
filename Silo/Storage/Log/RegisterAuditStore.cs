using System.Data.Common;
using GridActors.Access;
using GridActors.Registers;
using GridActors.Silo.Storage.Cases;

namespace GridActors.Silo.Storage.Log;

/// <summary>The registers' audit trail in either back end: writes go through <paramref name="write"/>
/// (one transaction; the embedded store's single writer), reads on a connection of their own.</summary>
internal sealed class RegisterAuditStore(
    Func<Func<DbConnection, DbTransaction, Task<int>>, Task<int>> write,
    Func<Task<DbConnection>> open,
    CaseDialect dialect) : IRegisterAudit
{
    public Task Append(string gridCode, IReadOnlyList<AuditLine> lines) => write(async (connection, transaction) =>
    {
        foreach (var (number, r) in lines)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO register_audit (grid_code, number, at, actor_id, actor_role, action, entry_ids)
                VALUES (@grid, @number, @at, @actor_id, @actor_role, @action, @entry_ids)
                ON CONFLICT (grid_code, number) WHERE number IS NOT NULL DO NOTHING
                """;
            EventLogSql.Add(command, "grid", gridCode);
            EventLogSql.Add(command, "number", number);
            EventLogSql.Add(command, "at", dialect.Instant(r.At));
            EventLogSql.Add(command, "actor_id", r.ActorId);
            EventLogSql.Add(command, "actor_role", r.Role.ToString());
            EventLogSql.Add(command, "action", r.Action);
            EventLogSql.Add(command, "entry_ids", string.Join(',', r.EntryIds));
            await command.ExecuteNonQueryAsync();
        }
        return lines.Count;
    });

    public async Task<IReadOnlyList<AuditLine>> Read(string gridCode)
    {
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, at, actor_id, actor_role, action, entry_ids FROM register_audit WHERE grid_code = @grid ORDER BY at, id";
        EventLogSql.Add(command, "grid", gridCode);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<AuditLine>();
        while (await reader.ReadAsync())
            lines.Add(new AuditLine(reader.IsDBNull(0) ? null : reader.GetInt64(0), new RegisterAuditRecord(
                dialect.ReadInstant(reader, 1), reader.GetString(2), Enum.Parse<Role>(reader.GetString(3)), reader.GetString(4),
                reader.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries))));
        return lines;
    }

    public Task<int> Purge(DateTimeOffset before) => write(async (connection, transaction) =>
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM register_audit WHERE at < @before";
        EventLogSql.Add(command, "before", dialect.Instant(before));
        return await command.ExecuteNonQueryAsync();
    });
}
