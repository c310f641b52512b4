using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Webhooks;

/// <summary>A gateway of its own for the webhook tests: receivers on loopback allowed, one request
/// per try (the tries are the subscription's, paced by the fake clock, so a test moves time to the
/// next try or past the 24 hours of failure).</summary>
public sealed class WebhookGatewayFactory : GatewayFactory
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.FromHours(8)));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Webhooks:AllowPrivateTargets"] = "true",
        ["GridActors:Webhooks:Retries"] = "0",
        ["GridActors:Webhooks:PollInterval"] = "00:00:00.050",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }
}
