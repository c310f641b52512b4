using System.Diagnostics;
using GridActors.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GridActors.Tests.Observability;

/// <summary>With an OTLP endpoint configured, a report is one trace from the gateway's request into
/// the case's grain, and its spans reach a collector listening there.</summary>
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
    public async Task A_report_is_one_trace_from_the_request_into_the_case_s_grain_and_reaches_the_collector()
    {
        Assert.Equal(new Uri(gateway.Endpoint), gateway.Services.GetRequiredService<OtlpExport>().Endpoint);
        var town = await Town.Create(gateway);
        await town.Reported("Tracing: one trace");

        await gateway.Spans.WaitFor(spans => spans.Any(IsReportRequest) && spans.Any(IsCaseCall));
        var spans = gateway.Spans.Items;
        var request = spans.Last(IsReportRequest);
        var call = spans.First(s => IsCaseCall(s) && s.TraceId == request.TraceId);
        // The grain's span hangs under the request's, through the client's outgoing call.
        var byId = spans.ToDictionary(s => s.SpanId);
        var ancestor = call;
        while (ancestor.ParentSpanId != default && ancestor.ParentSpanId != request.SpanId && byId.TryGetValue(ancestor.ParentSpanId, out var parent))
            ancestor = parent;
        Assert.Equal(request.SpanId, ancestor.ParentSpanId);

        await received.WaitFor(signals => signals.Contains("traces"));
    }

    private static bool IsReportRequest(Activity s) =>
        s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName.TrimEnd('/') == "POST /api/v1/incidents";

    private static bool IsCaseCall(Activity s) =>
        s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && s.Kind == ActivityKind.Server
        && s.DisplayName.Contains("IIncidentGrain/Handle", StringComparison.Ordinal);

    /// <summary>Exports to the collector, and keeps every ended span in memory as well.</summary>
    private sealed class Exporting(string endpoint) : GatewayFactory
    {
        public string Endpoint => endpoint;

        public Collected<Activity> Spans { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            [TelemetryHosting.EndpointSetting] = endpoint,
            [TelemetryHosting.ProtocolSetting] = "http/protobuf",
            // A batch a tenth of a second after the span, not the default five.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(new SpanSink(Spans))));
        }
    }

    /// <summary>The in-memory exporter adds each ended span to a collection: this one signals waiters.</summary>
    private sealed class SpanSink(Collected<Activity> spans) : ICollection<Activity>
    {
        public int Count => spans.Items.Count;
        public bool IsReadOnly => false;
        public void Add(Activity item) => spans.Add(item);
        public void Clear() => throw new NotSupportedException();
        public bool Contains(Activity item) => spans.Items.Contains(item);
        public void CopyTo(Activity[] array, int arrayIndex) => spans.Items.ToList().CopyTo(array, arrayIndex);
        public bool Remove(Activity item) => throw new NotSupportedException();
        public IEnumerator<Activity> GetEnumerator() => spans.Items.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
