using System.Diagnostics;
using System.Net.Http.Json;
using GridActors.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Observability;

/// <summary>A report is one trace from the HTTP request into the case's grain; every line the case's
/// grain writes carries its CaseId.</summary>
public sealed class TracingTests(ObservedGateway gateway) : IClassFixture<ObservedGateway>
{
    [Fact]
    public async Task A_report_s_trace_runs_from_the_gateway_s_request_into_the_case_s_grain()
    {
        var id = await gateway.Reported("Tracing: one trace");

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
        Assert.NotEmpty(id);
    }

    [Fact]
    public async Task Every_line_the_case_s_grain_writes_carries_its_case_id()
    {
        var id = await gateway.Reported("Logging: scoped");
        using var http = gateway.As(gateway.Operator);
        (await http.PostAsJsonAsync($"/api/v1/incidents/{id}/file", new { }, Api.Wire.Options)).EnsureSuccessStatusCode();

        await gateway.Logs.WaitFor(l => l.Message.StartsWith($"Case {id}: Dispatch by system", StringComparison.Ordinal));
        var lines = gateway.Logs.Lines.Where(l => l.Category.EndsWith(".IncidentGrain", StringComparison.Ordinal) && l.Message.StartsWith($"Case {id}:", StringComparison.Ordinal)).ToList();
        // The report; the filing, and the platform's dispatch within the same call.
        Assert.True(lines.Count >= 3, string.Join('\n', lines.Select(l => l.Message)));
        Assert.All(lines, l => Assert.Equal(id, l.Scope("CaseId")));
        Assert.DoesNotContain(gateway.Logs.Lines, l => l.Category.EndsWith(".LiveForwarder", StringComparison.Ordinal) && l.Scope("CaseId") is not null);
    }

    [Fact]
    public void Nothing_is_exported_over_OTLP_without_an_endpoint() =>
        Assert.Null(gateway.Services.GetService<OtlpExport>());

    private static bool IsReportRequest(Activity s) =>
        s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName.TrimEnd('/') == "POST /api/v1/incidents";

    private static bool IsCaseCall(Activity s) =>
        s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && s.Kind == ActivityKind.Server
        && s.DisplayName.Contains("IIncidentGrain/Handle", StringComparison.Ordinal);
}
