using GridActors.Silo.Hosting;
using GridActors.Webhooks;
using Microsoft.Extensions.Configuration;

namespace GridActors.Tests.Hosting;

/// <summary>The webhooks' settings come from <c>GridActors:Webhooks</c>, and one that cannot work stops the start.</summary>
public sealed class WebhookConfigurationTests
{
    [Fact]
    public void Without_configuration_the_defaults_hold_and_private_targets_are_refused()
    {
        var settings = WebhookConfiguration.FromConfiguration(Configuration());

        Assert.Equal(WebhookSettings.Default, settings);
        Assert.False(settings.AllowPrivateTargets);
    }

    [Fact]
    public void Configured_values_are_read()
    {
        var settings = WebhookConfiguration.FromConfiguration(Configuration(
            ("GridActors:Webhooks:AllowPrivateTargets", "true"), ("GridActors:Webhooks:SuspendAfter", "02:00:00"), ("GridActors:Webhooks:Retries", "0")));

        Assert.Equal((true, TimeSpan.FromHours(2), 0), (settings.AllowPrivateTargets, settings.SuspendAfter, settings.Retries));
    }

    [Theory]
    [InlineData("PollInterval", "00:00:00", "must be positive")]
    [InlineData("SuspendAfter", "-01:00:00", "must be positive")]
    [InlineData("BreakDuration", "00:00:00.1", "BreakDuration must be at least half a second")]
    [InlineData("Retries", "11", "Retries must be from 0 to 10")]
    [InlineData("Retries", "-1", "Retries must be from 0 to 10")]
    public void A_value_that_cannot_work_stops_the_start_naming_it(string key, string value, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            WebhookConfiguration.FromConfiguration(Configuration(($"GridActors:Webhooks:{key}", value))));

        Assert.Contains(key, error.Message);
        Assert.Contains(reason, error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
