namespace GridActors.Tests.Storage;

/// <summary>The production shape: state, reminders and membership on PostgreSQL.</summary>
public sealed class PostgreSqlStorageTests(PostgreSqlDatabase database) : StorageContract(database), IClassFixture<PostgreSqlDatabase>
{
    [Fact]
    public async Task A_client_finds_the_silo_through_the_membership_table_and_calls_a_grain()
    {
        var cluster = TestSilo.Cluster(database);
        await using var silo = await TestSilo.StartSiloAsync(cluster);
        await using var client = await TestSilo.StartClientAsync(cluster);

        Assert.Equal(3, await client.Grains.GetGrain<ICounterGrain>("through-gateway").Add(3));
    }
}
