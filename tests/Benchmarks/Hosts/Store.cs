using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GridActors.Benchmarks.Hosts;

/// <summary>The benchmark's own connections to the product's store, beside the product's pools:
/// to read what the product wrote, and to seed what would take too long to report.</summary>
public sealed class Store
{
    private readonly Func<DbConnection> connect;

    private Store(string name, bool sqlite, Func<DbConnection> connect)
    {
        Name = name;
        IsSqlite = sqlite;
        this.connect = connect;
    }

    public string Name { get; }

    /// <summary>SQLite keeps instants as INTEGER microseconds; PostgreSQL as timestamptz.</summary>
    public bool IsSqlite { get; }

    public static Store Sqlite(string path) => new("embedded (SQLite)", sqlite: true, () =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 120 }.ConnectionString));

    public static Store PostgreSql(string connectionString) => new("PostgreSQL", sqlite: false, () =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 120 }.ConnectionString));

    public DbConnection Connect() => connect();

    /// <summary>The first value of the first row of <paramref name="sql"/>.</summary>
    public Task<long> Scalar(string sql) =>
        Run(sql, async command => Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The first column of every row of <paramref name="sql"/>.</summary>
    public Task<List<string>> Strings(string sql) => Run(sql, async command =>
    {
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    });

    public Task<int> Execute(string sql) => Run(sql, command => command.ExecuteNonQueryAsync());

    public async Task<T> Run<T>(string sql, Func<DbCommand, Task<T>> use)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await use(command);
    }
}
