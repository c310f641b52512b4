using GridActors.Live;
using GridActors.Gateway.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridActors.Gateway.Health;

public static class HealthHosting
{
    public static IServiceCollection AddGridActorsHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorageSettings(configuration);
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: ["ready"])
            .AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"])
            .AddCheck<CalendarHealthCheck>("calendar", failureStatus: HealthStatus.Degraded, tags: ["ready"]);
        return services;
    }

    /// <summary>Live: the process answers. Ready: storage and the cluster answer too (else Unhealthy,
    /// 503), and the working calendar covers the years deadlines run into (else Degraded, still 200:
    /// the platform works, an admin has to add a holiday schedule), answered as JSON saying why.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthAnswer.Write }).AllowAnonymous();
    }
}

/// <summary>Calls a grain, so a gateway that lost its silos reports not ready.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<ILiveDirectoryGrain>(0).GetObservers().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy("the cluster answers");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("the cluster does not answer", e);
        }
    }
}
