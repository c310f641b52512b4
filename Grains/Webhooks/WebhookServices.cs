using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace GridActors.Webhooks;

public static class WebhookServices
{
    /// <summary>The webhooks' HTTP client: per endpoint (scheme, host and port) its own pipeline, so a
    /// dead receiver's open breaker or a slow one's timeouts touch no other; retries with exponential
    /// back-off and jitter that honour <c>Retry-After</c>; a timeout per request; connections only to
    /// public addresses unless configuration allows private ones.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.TryAddSingleton(WebhookSettings.Default);
        services.TryAddSingleton<WebhookCourier>();
        var client = services.AddHttpClient(WebhookCourier.Client, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = ConnectPublicOnly(sp.GetRequiredService<WebhookSettings>()),
                // A redirect is the receiver's answer, not a delivery: followed, a 302 would turn the POST
                // into a GET without the event, and its 200 would count the event as taken.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        client.AddResilienceHandler("webhook", (pipeline, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<WebhookSettings>();
            if (settings.Retries > 0) pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                MaxDelay = settings.MaxBackoff,
                ShouldRetryAfterHeader = true,
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.BreakDuration,
            });
            pipeline.AddTimeout(settings.AttemptTimeout);
        }).SelectPipelineByAuthority();
        client.AddHttpMessageHandler(() => new AttemptCounter());
        return services;
    }

    private static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectPublicOnly(WebhookSettings settings) =>
        async (context, cancellation) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = await TargetAddresses.Resolve(host, cancellation);
            if (!settings.AllowPrivateTargets && addresses.FirstOrDefault(TargetAddresses.IsPrivate) is { } inside)
                throw new HttpRequestException($"{host} is at {inside}, a private address, and private targets are not allowed");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
