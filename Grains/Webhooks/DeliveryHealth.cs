namespace GridActors.Webhooks;

/// <summary>How a subscription's receiver has been answering: since when every try failed, when to
/// try next, and whether the subscription is suspended. A success clears the failures; failing
/// for <see cref="WebhookSettings.SuspendAfter"/> suspends it until an admin resumes it.</summary>
[GenerateSerializer, Alias("webhook.health.v1")]
public sealed class DeliveryHealth
{
    [Id(0)] public DateTimeOffset? FailingSince { get; private set; }
    [Id(1)] public int Failures { get; private set; }
    [Id(2)] public DateTimeOffset? NextTry { get; private set; }
    [Id(3)] public DateTimeOffset? SuspendedAt { get; private set; }
    [Id(4)] public string? SuspendedReason { get; private set; }

    public bool Suspended => SuspendedAt is not null;

    public bool MayTry(DateTimeOffset now) => !Suspended && (NextTry is null || now >= NextTry);

    public void Delivered()
    {
        FailingSince = null;
        Failures = 0;
        NextTry = null;
    }

    /// <summary>Counts a failed try; true when it suspends the subscription. The wait before the next
    /// try doubles from the retry delay, at least what the receiver asked with <c>Retry-After</c>, at most
    /// the longest back-off; <paramref name="jitter"/> (0 to 1) spreads it so receivers are not hit in step.</summary>
    public bool Failed(DateTimeOffset now, string reason, TimeSpan? retryAfter, WebhookSettings settings, double jitter)
    {
        FailingSince ??= now;
        Failures++;
        if (now - FailingSince >= settings.SuspendAfter)
        {
            SuspendedAt = now;
            SuspendedReason = $"every delivery failed since {FailingSince:O}; the last: {reason}";
            NextTry = null;
            return true;
        }
        // Compared in ticks first: past a few dozen failures the doubled delay no longer fits a TimeSpan.
        var factor = Math.Pow(2, Failures - 1) * (0.5 + jitter / 2);
        var doubled = settings.RetryDelay.Ticks * factor >= settings.MaxBackoff.Ticks ? settings.MaxBackoff : settings.RetryDelay * factor;
        var wait = retryAfter is { } asked && asked > doubled ? asked : doubled;
        NextTry = now + (wait < settings.MaxBackoff ? wait : settings.MaxBackoff);
        return false;
    }

    /// <summary>An admin's resumption: the failures are forgotten and delivery goes on at once.</summary>
    public void Resume()
    {
        Delivered();
        SuspendedAt = null;
        SuspendedReason = null;
    }
}
