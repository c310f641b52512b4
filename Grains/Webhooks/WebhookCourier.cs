using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using StandardWebhooks;

namespace GridActors.Webhooks;

/// <summary>Posts one signed delivery through the webhooks' HTTP client (timeouts, retries and a
/// breaker per endpoint: <see cref="WebhookServices"/>) and says how it went.</summary>
public sealed class WebhookCourier(IHttpClientFactory clients, TimeProvider clock)
{
    public const string Client = "webhooks";

    /// <summary>The delivery's <c>webhook-id</c>: the same for every try of one event to one
    /// subscription, across restarts and redeliveries, so a receiver can drop repeats.</summary>
    public static string DeliveryId(string subscription, long sequence) =>
        $"{subscription}_{sequence.ToString(CultureInfo.InvariantCulture)}";

    public async Task<Delivery> Post(Uri url, string secret, string webhookId, string body, CancellationToken cancellation = default)
    {
        var now = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(WebhookSecret.Key(secret)).Sign(webhookId, now, body));
        var attempts = new StrongBox<int>();
        request.Options.Set(AttemptCounter.Key, attempts);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(Client).SendAsync(request, cancellation);
            var status = (int)response.StatusCode;
            var delivered = response.IsSuccessStatusCode;
            return new Delivery(delivered, status, attempts.Value, Stopwatch.GetElapsedTime(started),
                delivered ? null : $"the receiver answered {status}", RetryAfter(response, now));
        }
        // Whatever went wrong is a failed try, recorded and backed off from: an error let through would
        // end the round unrecorded, and the next poll would post again at once, never suspending.
        catch (Exception e)
        {
            return new Delivery(false, null, attempts.Value, Stopwatch.GetElapsedTime(started), e.Message, null);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter is { } after ? after.Delta ?? after.Date - now : null;
}

/// <summary>How one try went: <see cref="Status"/> is null when no answer came.</summary>
public sealed record Delivery(bool Delivered, int? Status, int Attempts, TimeSpan Latency, string? Error, TimeSpan? RetryAfter);

/// <summary>Counts the requests a try makes, inside the retries, for the delivery log.</summary>
public sealed class AttemptCounter : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<StrongBox<int>> Key = new("webhook-attempts");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Key, out var attempts)) Interlocked.Increment(ref attempts.Value);
        return base.SendAsync(request, cancellationToken);
    }
}
