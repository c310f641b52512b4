using System.Data.Common;
using Npgsql;

namespace GridActors.Silo.Storage.Cases;

/// <summary>Reads the case rows through the event log's data source (its connection string tuned
/// by <see cref="PostgreSqlConnectionString"/>).</summary>
public sealed class PostgreSqlCaseTable(NpgsqlDataSource database) : SqlCaseTable(PostgreSqlCaseDialect.Instance)
{
    protected override async Task<DbConnection> OpenAsync() => await database.OpenConnectionAsync();
}
