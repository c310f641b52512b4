namespace GridActors.Webhooks;

/// <summary>How webhooks are delivered, from <c>GridActors:Webhooks</c>. A try is one request and
/// up to <see cref="Retries"/> more (exponential back-off with jitter from <see cref="RetryDelay"/>,
/// or the receiver's <c>Retry-After</c>), each cut off after <see cref="AttemptTimeout"/>; after a failed
/// try the subscription waits, doubling from <see cref="RetryDelay"/> up to <see cref="MaxBackoff"/>,
/// and after <see cref="SuspendAfter"/> of nothing but failures it is suspended.</summary>
public sealed record WebhookSettings
{
    public const string Section = "GridActors:Webhooks";

    public static WebhookSettings Default { get; } = new();

    /// <summary>Lets subscriptions post to private, loopback and link-local addresses (tests, closed networks).</summary>
    public bool AllowPrivateTargets { get; init; }

    public TimeSpan SuspendAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How often a subscription looks for new events in the log. An append on the
    /// subscription's own silo and an admin's change wake it at once, so the poll finds only other
    /// silos' appends and the time for a retry: a second keeps that lag short while an idle
    /// subscription reads the log once a second rather than five times.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Long enough for a slow receiver; a receiver slower than this is failing.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public int Retries { get; init; } = 2;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an endpoint's breaker stays open once half its recent requests failed.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
