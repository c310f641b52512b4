using GridActors.Silo.Hosting;
using GridActors.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridActors.Gateway.Hosting;

/// <summary>Opens a connection to the configured database and runs a trivial query.</summary>
public sealed class StorageHealthCheck(StorageSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using System.Data.Common.DbConnection connection = settings.Backend == StorageBackend.PostgreSql
                ? new Npgsql.NpgsqlConnection(settings.AdoNetConnectionString)
                : new Microsoft.Data.Sqlite.SqliteConnection(settings.AdoNetConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{settings.Backend} answers");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"{settings.Backend} does not answer", e);
        }
    }
}

public static class StorageSettingsRegistration
{
    /// <summary>The silo's storage settings, read the way the silo reads them, for the storage check and the ready line.</summary>
    public static IServiceCollection AddStorageSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(StorageSettings.FromConfiguration(configuration));
}
