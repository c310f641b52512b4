using System.Net;
using GridActors.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridActors.Tests.Observability;

/// <summary>With an OTLP endpoint configured, a report's spans reach a collector listening there.</summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly Collected<string> received = new();
    private WebApplication collector = null!;
    private Exporting gateway = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            if (body.Length > 0) received.Add(signal);
            return Results.Ok();
        });
        await collector.StartAsync();
        gateway = new Exporting(collector.Urls.Single());
        await gateway.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await collector.DisposeAsync();
    }

    [Fact]
    public async Task A_report_s_spans_reach_the_configured_collector()
    {
        Assert.Equal(new Uri(gateway.Endpoint), gateway.Services.GetRequiredService<OtlpExport>().Endpoint);
        using var http = gateway.As(new Access.Actor("platform", Access.Role.PlatformAdmin, ""));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/categories")).StatusCode);

        await received.WaitFor(signals => signals.Contains("traces"));
    }

    private sealed class Exporting(string endpoint) : GatewayFactory
    {
        public string Endpoint => endpoint;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            [TelemetryHosting.EndpointSetting] = endpoint,
            [TelemetryHosting.ProtocolSetting] = "http/protobuf",
            // A batch a tenth of a second after the span, not the default five.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        };
    }
}
