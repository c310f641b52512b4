using GridActors.Benchmarks.Load;
using GridActors.Silo.Storage;
using Npgsql;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>The PostgreSQL floor: one ~1 KB row per insert, each on a connection taken from the
/// pool and returned, as a grain write does, with the same pool tuning the product applies.</summary>
public static class NpgsqlInserts
{
    public const int RowBytes = 1024;

    public static async Task<Throughput> Run(string connectionString, LoadShape shape)
    {
        await using var source = NpgsqlDataSource.Create(PostgreSqlConnectionString.Tune(connectionString));
        await using (var create = source.CreateCommand("CREATE TABLE bench_rows (id bigint PRIMARY KEY, payload bytea NOT NULL)"))
            await create.ExecuteNonQueryAsync();
        var payload = new byte[RowBytes];
        Random.Shared.NextBytes(payload);
        var nextId = 0L;

        async Task<bool> Insert(int _)
        {
            await using var insert = source.CreateCommand("INSERT INTO bench_rows (id, payload) VALUES ($1, $2)");
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Interlocked.Increment(ref nextId) });
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = payload });
            try { return await insert.ExecuteNonQueryAsync() == 1; }
            catch (NpgsqlException) { return false; }
        }

        await shape.Warm(Insert);
        return await shape.Measure(Insert);
    }
}
