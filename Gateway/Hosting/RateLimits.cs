using System.Threading.RateLimiting;
using GridActors.Gateway.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace GridActors.Gateway.Hosting;

public static class RateLimits
{
    /// <summary>A token bucket per caller (API key or user; the address for anonymous calls), sized by
    /// <c>GridActors:RateLimit:PerMinute</c> (default 1200). Past it: 429 with Retry-After.</summary>
    public static IServiceCollection AddGridActorsRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("GridActors:RateLimit:PerMinute", 1200);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = $"at most {perMinute} requests a minute per caller" },
                });
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(Caller(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = perMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
    }

    private static string Caller(HttpContext context) =>
        context.User.FindFirst(Claims.Subject)?.Value is { } subject
            ? $"{context.User.FindFirst(Claims.Role)?.Value}:{subject}"
            : $"ip:{context.Connection.RemoteIpAddress}";
}
