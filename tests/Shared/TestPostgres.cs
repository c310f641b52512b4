using Npgsql;

namespace GridActors.Tests;

/// <summary>A database of its own on the PostgreSQL named by GRIDACTORS_TEST_POSTGRES (default: the
/// local socket as the current OS user). Without a server the tests fail, saying how to start one:
/// they never skip.</summary>
public sealed class TestPostgres(string prefix)
{
    public static readonly string Server = Environment.GetEnvironmentVariable("GRIDACTORS_TEST_POSTGRES") is { Length: > 0 } given
        ? given
        : $"Host=/var/run/postgresql;Username={Environment.UserName}";

    public string Name { get; } = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 25, 63)];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString;

    public async Task CreateAsync()
    {
        try
        {
            await OnServerAsync($"CREATE DATABASE {Name}");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL at '{Server}': run `bash tests/postgres-up.sh`, or point " +
                $"GRIDACTORS_TEST_POSTGRES at a server. {e.Message}", e);
        }
    }

    /// <summary>FORCE: a killed process's connections may still be open on the server.</summary>
    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
