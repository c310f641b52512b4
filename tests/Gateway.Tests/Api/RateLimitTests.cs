using System.Net;
using GridActors.Access;

namespace GridActors.Tests.Api;

/// <summary>A gateway allowing three requests a minute per caller.</summary>
public sealed class TightGatewayFactory : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:RateLimit:PerMinute"] = "3",
    };
}

public class RateLimitTests(TightGatewayFactory gateway) : IClassFixture<TightGatewayFactory>
{
    [Fact]
    public async Task A_caller_past_its_limit_gets_429_with_Retry_After_while_others_go_on()
    {
        using var busy = gateway.As(new Actor("op-busy", Role.Operator, "320412101"));
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await busy.GetAsync("/api/v1/incidents/none")).StatusCode);

        var refused = await busy.GetAsync("/api/v1/incidents/none");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        using var other = gateway.As(new Actor("op-calm", Role.Operator, "320412101"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/v1/incidents/none")).StatusCode);
    }
}
