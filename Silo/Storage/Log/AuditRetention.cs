using GridActors.Registers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Storage.Log;

/// <summary>Purges register audit lines older than the retention period: at start, then daily.
/// Every silo does it; a second purge finds nothing left to remove.</summary>
public sealed class AuditRetention(IRegisterAudit audit, TimeSpan retention, TimeProvider clock, ILogger<AuditRetention> log) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromDays(1);

    /// <summary>Removes what has passed the period as of now; returns how many lines went.</summary>
    public async Task<int> PurgeOnce()
    {
        var removed = await audit.Purge(clock.GetUtcNow() - retention);
        if (removed > 0) log.LogInformation("Purged {Count} register audit lines older than {Days} days", removed, retention.TotalDays);
        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(Period, clock);
        do
        {
            try { await PurgeOnce(); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { log.LogWarning(e, "Purging old register audit lines failed; trying again in a day"); }
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
