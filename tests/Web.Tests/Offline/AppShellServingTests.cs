using System.Net;
using System.Text.Json.Nodes;
using GridActors.Tests.Pages;

namespace GridActors.Tests.Web.Offline;

/// <summary>What makes the worker app installable, as the gateway serves it: the service worker under
/// the app's scope and never cached stale, the manifest with its type, and /app sent into the scope.</summary>
public sealed class AppShellServingTests(KestrelGatewayFactory gateway) : IClassFixture<KestrelGatewayFactory>
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = gateway.Address };

    [Fact]
    public async Task The_service_worker_and_the_manifest_are_served_with_their_types_and_app_is_sent_into_the_scope()
    {
        using var worker = await http.GetAsync("/app/sw.js");
        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", worker.Headers.CacheControl?.ToString());
        Assert.Contains("\"/app/\"", await worker.Content.ReadAsStringAsync());

        using var manifest = await http.GetAsync("/app/manifest.webmanifest");
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType?.MediaType);
        var fields = JsonNode.Parse(await manifest.Content.ReadAsStringAsync())!;
        Assert.Equal(("/app/", "/app/", "standalone"), (fields["start_url"]!.GetValue<string>(), fields["scope"]!.GetValue<string>(), fields["display"]!.GetValue<string>()));
        foreach (var icon in fields["icons"]!.AsArray())
        {
            using var image = await http.GetAsync(icon!["src"]!.GetValue<string>());
            Assert.Equal("image/svg+xml", image.Content.Headers.ContentType?.MediaType);
        }

        using var bare = await http.GetAsync("/app?from=bookmark");
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/app/?from=bookmark", bare.Headers.Location?.OriginalString);
    }
}
