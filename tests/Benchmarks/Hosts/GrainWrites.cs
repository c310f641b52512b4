using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GridActors.Benchmarks.Hosts;

/// <summary>What the storage holds, read from the product's own GrainState table: each grain's
/// Version is its ETag and grows by one per write, so their sum counts every grain write made.</summary>
public sealed record GrainWrites(long Writes, long Rows, double AverageStateBytes, long LargestStateBytes)
{
    public static Task<GrainWrites> Sqlite(string path) =>
        Read(new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ConnectionString));

    public static Task<GrainWrites> PostgreSql(string connectionString) =>
        Read(new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString));

    private static async Task<GrainWrites> Read(DbConnection connection)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(SUM(Version), 0), COUNT(*), COALESCE(AVG(LENGTH(PayloadBinary)), 0), COALESCE(MAX(LENGTH(PayloadBinary)), 0) FROM GrainState";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return new GrainWrites(Convert.ToInt64(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)), Convert.ToDouble(reader.GetValue(2)), Convert.ToInt64(reader.GetValue(3)));
        }
    }
}
