using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace GridActors.Silo.Storage.Cases;

/// <summary>Reads the embedded file on read-only connections of their own: with WAL they run
/// beside the one writer and never wait for it.</summary>
public sealed class SqliteCaseTable(string connectionString) : SqlCaseTable(SqliteCaseDialect.Instance)
{
    readonly string readOnly = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ConnectionString;

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(readOnly);
        await connection.OpenAsync();
        return connection;
    }
}
