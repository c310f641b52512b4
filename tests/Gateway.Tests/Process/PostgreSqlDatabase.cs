namespace GridActors.Tests.Process;

/// <summary>A PostgreSQL database of its own for one test class, dropped afterwards.</summary>
public sealed class PostgreSqlDatabase : IAsyncLifetime
{
    private readonly TestPostgres database = new("gridactors_gw");

    public string ConnectionString => database.ConnectionString;

    public Task InitializeAsync() => database.CreateAsync();

    public Task DisposeAsync() => database.DropAsync();
}
