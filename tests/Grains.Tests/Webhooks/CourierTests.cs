using System.Net;
using System.Net.Sockets;
using GridActors.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Webhooks;

/// <summary>The webhooks' HTTP client checks every address it connects to, whatever the subscription
/// passed when it was set: a name may resolve elsewhere later.</summary>
public class CourierTests
{
    private static WebhookCourier Courier(bool allowPrivate, Func<DelegatingHandler>? between = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddSingleton(new WebhookSettings { AllowPrivateTargets = allowPrivate, Retries = 0 });
        services.AddWebhooks();
        if (between is not null) services.AddHttpClient(WebhookCourier.Client).AddHttpMessageHandler(between);
        return services.BuildServiceProvider().GetRequiredService<WebhookCourier>();
    }

    [Fact]
    public async Task An_unexpected_error_on_the_way_is_a_failed_delivery_with_its_reason_not_an_exception()
    {
        var failed = await Courier(allowPrivate: true, () => new Failing()).Post(new Uri("http://127.0.0.1:9/hook"), WebhookSecret.New(), "wh_1", "{}");

        Assert.Equal((false, (int?)null, "a handler broke"), (failed.Delivered, failed.Status, failed.Error));
    }

    private sealed class Failing : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a handler broke");
    }

    [Fact]
    public async Task A_connection_to_a_private_address_is_refused_before_it_is_made_unless_allowed()
    {
        var refused = await Courier(allowPrivate: false).Post(new Uri("http://localhost:9/hook"), WebhookSecret.New(), "wh_1", "{}");
        Assert.Equal((false, (int?)null, 1), (refused.Delivered, refused.Status, refused.Attempts));
        Assert.Contains("a private address, and private targets are not allowed", refused.Error);

        // Allowed, the same post reaches the network: nothing listens on the discard port.
        var attempted = await Courier(allowPrivate: true).Post(new Uri("http://localhost:9/hook"), WebhookSecret.New(), "wh_1", "{}");
        Assert.False(attempted.Delivered);
        Assert.DoesNotContain("private", attempted.Error);
    }

    [Fact]
    public async Task A_redirect_is_a_failed_delivery_not_one_followed_to_a_get_without_the_event()
    {
        var port = FreePort();
        using var receiver = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        receiver.Start();
        var methods = new List<string>();
        var answering = Task.Run(async () =>
        {
            while (await Next(receiver) is { } context)
            {
                lock (methods) methods.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath}");
                if (context.Request.Url!.AbsolutePath == "/hook") context.Response.Redirect($"http://127.0.0.1:{port}/moved");
                context.Response.Close();
            }
        });

        var delivery = await Courier(allowPrivate: true).Post(new Uri($"http://127.0.0.1:{port}/hook"), WebhookSecret.New(), "wh_1", "{}");

        Assert.Equal((false, (int?)302), (delivery.Delivered, delivery.Status));
        lock (methods) Assert.Equal(["POST /hook"], methods);
        receiver.Stop();
        await answering;
    }

    /// <summary>The next request, or null once the listener stopped.</summary>
    private static async Task<HttpListenerContext?> Next(HttpListener listener)
    {
        try
        {
            return await listener.GetContextAsync();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    [Fact]
    public void A_delivery_id_is_the_subscription_and_the_event_sequence() =>
        Assert.Equal("wh0123_42", WebhookCourier.DeliveryId("wh0123", 42));
}
