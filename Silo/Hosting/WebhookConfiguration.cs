using GridActors.Webhooks;
using Microsoft.Extensions.Configuration;

namespace GridActors.Silo.Hosting;

/// <summary>The webhooks' delivery settings from <c>GridActors:Webhooks</c>; a value that cannot work stops the start.</summary>
public static class WebhookConfiguration
{
    public static WebhookSettings FromConfiguration(IConfiguration configuration)
    {
        var settings = configuration.GetSection(WebhookSettings.Section).Get<WebhookSettings>() ?? WebhookSettings.Default;
        if (settings.PollInterval <= TimeSpan.Zero || settings.AttemptTimeout <= TimeSpan.Zero || settings.RetryDelay <= TimeSpan.Zero
            || settings.MaxBackoff <= TimeSpan.Zero || settings.SuspendAfter <= TimeSpan.Zero)
            throw new InvalidOperationException($"{WebhookSettings.Section}: PollInterval, AttemptTimeout, RetryDelay, MaxBackoff and SuspendAfter must be positive");
        if (settings.BreakDuration < TimeSpan.FromSeconds(0.5))
            throw new InvalidOperationException($"{WebhookSettings.Section}:BreakDuration must be at least half a second");
        if (settings.Retries is < 0 or > 10) throw new InvalidOperationException($"{WebhookSettings.Section}:Retries must be from 0 to 10");
        return settings;
    }
}
