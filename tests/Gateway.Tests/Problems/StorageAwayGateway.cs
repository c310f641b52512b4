namespace GridActors.Tests.Problems;

/// <summary>The gateway with its co-hosted silo on a PostgreSQL server of its own, which a test may
/// stop and start again.</summary>
public sealed class StorageAwayGateway : GatewayFactory
{
    public OwnPostgres Database { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Storage:Backend"] = "PostgreSql",
        ["GridActors:Storage:ConnectionString"] = Database.ConnectionString,
        ["GridActors:Auth:Development"] = "true",
    };

    public override async Task InitializeAsync()
    {
        Database = await OwnPostgres.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
