using System.Data.Common;
using GridActors.Log;

namespace GridActors.Silo.Storage.Log;

/// <summary>The log's readers' cursors in the <c>log_cursors</c> table; the same SQL on both back ends.</summary>
public sealed class LogCursors(Func<DbConnection> connect) : ILogCursors
{
    public async Task<long> Read(string name) =>
        await Execute("SELECT sequence FROM log_cursors WHERE name = @name", name, null, c => c.ExecuteScalarAsync()) is { } sequence and not DBNull
            ? Convert.ToInt64(sequence)
            : 0;

    public Task Save(string name, long sequence) =>
        Execute("INSERT INTO log_cursors (name, sequence) VALUES (@name, @sequence) ON CONFLICT (name) DO UPDATE SET sequence = excluded.sequence",
            name, sequence, c => c.ExecuteNonQueryAsync());

    private async Task<T> Execute<T>(string sql, string name, long? sequence, Func<DbCommand, Task<T>> run)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        EventLogSql.Add(command, "name", name);
        if (sequence is { } s) EventLogSql.Add(command, "sequence", s);
        return await run(command);
    }
}
