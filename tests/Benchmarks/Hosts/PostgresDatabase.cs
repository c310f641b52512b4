using Npgsql;

namespace GridActors.Benchmarks.Hosts;

/// <summary>A fresh database for one run on the machine's PostgreSQL, dropped when disposed.
/// The server is the one <c>tests/postgres-up.sh</c> starts; <c>GRIDACTORS_BENCH_POSTGRES</c> points elsewhere.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name = $"gridactors_bench_{Guid.NewGuid():N}";

    private PostgresDatabase(string server) => this.server = server;

    /// <summary>The new database's connection string, as the operator would write it: the
    /// product's own pool tuning (PostgreSqlConnectionString) is applied by whoever opens it.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    public static async Task<PostgresDatabase> Create()
    {
        var server = Environment.GetEnvironmentVariable("GRIDACTORS_BENCH_POSTGRES") ?? "Host=/var/run/postgresql;Username=root";
        var database = new PostgresDatabase(server);
        await database.Admin($"CREATE DATABASE {database.name}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        // The gateway's and the baseline's pools still hold idle connections to it.
        NpgsqlConnection.ClearAllPools();
        await Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private async Task Admin(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
