using System.Net.Http.Json;
using GridActors.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Observability;

/// <summary>Every line the case's grain writes carries its CaseId; without an OTLP endpoint, no trace
/// is made at all.</summary>
public sealed class CaseLogScopeTests(ObservedGateway gateway) : IClassFixture<ObservedGateway>
{
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
    public void Without_an_OTLP_endpoint_nothing_is_exported_and_no_span_is_made()
    {
        Assert.Null(gateway.Services.GetService<OtlpExport>());
        Assert.Null(gateway.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }
}
