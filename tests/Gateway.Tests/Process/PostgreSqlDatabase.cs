using Npgsql;

namespace GridActors.Tests.Process;

/// <summary>A database of its own for one test class, on the PostgreSQL named by
/// GRIDACTORS_TEST_POSTGRES (default: the local socket as the current OS user), dropped afterwards.
/// Without a server the tests fail, saying how to start one: they never skip.</summary>
public sealed class PostgreSqlDatabase : IAsyncLifetime
{
    private static readonly string Server = Environment.GetEnvironmentVariable("GRIDACTORS_TEST_POSTGRES") is { Length: > 0 } given
        ? given
        : $"Host=/var/run/postgresql;Username={Environment.UserName}";

    private readonly string name = $"gridactors_gw_{Guid.NewGuid():N}"[..30];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    public async Task InitializeAsync()
    {
        try
        {
            await OnServerAsync($"CREATE DATABASE {name}");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL at '{Server}': run `bash tests/postgres-up.sh`, or point " +
                $"GRIDACTORS_TEST_POSTGRES at a server. {e.Message}", e);
        }
    }

    /// <summary>FORCE: a killed silo's connections may still be open on the server.</summary>
    public Task DisposeAsync() => OnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
