using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Hosting;

/// <summary>A gateway that starts before any silo (or while the database is away) keeps trying to
/// reach the cluster, waiting a little longer each time up to five seconds, instead of failing its
/// start: a cluster's processes then start in any order, as an orchestrator starts them.</summary>
public sealed partial class ClusterConnectionRetry(ILogger<ClusterConnectionRetry> log) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(5);

    private int attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var wait = Wait(Interlocked.Increment(ref attempts));
        NotYet(wait.TotalSeconds, exception.Message);
        await Task.Delay(wait, cancellationToken);
        return true;
    }

    /// <summary>Half a second, doubling, at most <see cref="Longest"/>.</summary>
    public static TimeSpan Wait(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(500 * Math.Pow(2, Math.Min(attempt - 1, 10)), Longest.TotalMilliseconds));

    [LoggerMessage(LogLevel.Warning, "The cluster did not answer yet; trying again in {Seconds} s: {Reason}")]
    private partial void NotYet(double seconds, string reason);
}
