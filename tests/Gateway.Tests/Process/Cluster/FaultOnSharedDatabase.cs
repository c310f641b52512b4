namespace GridActors.Tests.Process.Cluster;

/// <summary>A fault test whose cluster runs on a database of its own on the shared PostgreSQL server:
/// for the faults that leave the database alone.</summary>
public abstract class FaultOnSharedDatabase(PostgreSqlDatabase database, Xunit.Abstractions.ITestOutputHelper log)
    : FaultUnderLoad(log), IClassFixture<PostgreSqlDatabase>
{
    protected override Task<string> DatabaseAsync() => Task.FromResult(database.ConnectionString);
}
