using System.Data.Common;
using Npgsql;

namespace GridActors.Silo.Storage.Cases;

/// <summary>Reads the case rows from the pool the rest of the silo uses (the connection string is
/// the tuned one of <see cref="PostgreSqlConnectionString"/>).</summary>
public sealed class PostgreSqlCaseTable(string connectionString) : SqlCaseTable(PostgreSqlCaseDialect.Instance)
{
    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
