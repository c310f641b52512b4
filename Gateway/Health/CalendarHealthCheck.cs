using GridActors.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridActors.Gateway.Health;

/// <summary>Degraded while the working calendar in force lacks this year's holiday schedule or, from
/// 1 December, next year's: the platform still works, but deadlines into that year count Monday to
/// Friday only. Asked of the configuration grain, so it is the silo's clock and the calendar an admin
/// last put in force that decide, in a remote gateway as in a co-hosted one.</summary>
public sealed class CalendarHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var warnings = await grains.GetGrain<IConfigurationGrain>(ConfigurationKeys.Calendar).GetWarnings()
            .WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        return warnings.Count == 0
            ? HealthCheckResult.Healthy("the working calendar has the holiday schedules deadlines are being counted into")
            : new HealthCheckResult(context.Registration.FailureStatus, string.Join(" ", warnings.Select(w => w.Message)));
    }
}
