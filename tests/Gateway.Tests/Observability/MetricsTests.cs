using System.Net;
using System.Net.Http.Json;
using GridActors.Access;

namespace GridActors.Tests.Observability;

/// <summary>The Prometheus scrape at /metrics: for platform admins and API keys granted it, with the
/// domain's counters.</summary>
public sealed class MetricsTests(ObservedGateway gateway) : IClassFixture<ObservedGateway>
{
    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in()
    {
        using var http = gateway.As(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Other_roles_and_keys_without_the_grant_are_refused()
    {
        foreach (var actor in new[] { gateway.Operator, gateway.Admin, new Actor("w-1", Role.Worker, ObservedGateway.Grid) })
        {
            using var http = gateway.As(actor);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/metrics")).StatusCode);
        }
        using var hotline = gateway.WithApiKey(GridActors.Gateway.Auth.AuthSettings.DevelopmentApiKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task A_report_moves_the_district_s_counter_as_a_platform_admin_and_a_scraper_see_it()
    {
        await gateway.Reported("Metrics: first");
        await gateway.Reported("Metrics: second");

        using var admin = gateway.As(gateway.PlatformAdmin);
        var scrape = await admin.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var lines = (await scrape.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("gridactors_reports_filed_total{otel_scope_name=\"GridActors\",district=\"320499\",source=\"Hotline12345\"} 2", lines.Select(WithoutTimestamp));
        // The framework's meters are there too: Orleans' own and the incoming requests'.
        Assert.Contains(lines, l => l.StartsWith("orleans_", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal));

        using var scraper = gateway.WithApiKey(ObservedGateway.ScraperKey);
        var scraped = await scraper.GetStringAsync("/metrics");
        Assert.Contains("gridactors_reports_filed_total{otel_scope_name=\"GridActors\",district=\"320499\",source=\"Hotline12345\"} 2",
            scraped.Split('\n').Select(WithoutTimestamp));
    }

    [Fact]
    public async Task A_refused_command_and_the_pushes_of_a_filing_are_counted()
    {
        var id = await gateway.Reported("Metrics: filed twice");
        using var admin = gateway.As(gateway.PlatformAdmin);
        var before = await admin.GetStringAsync("/metrics");

        using var http = gateway.As(gateway.Operator);
        (await http.PostAsJsonAsync($"/api/v1/incidents/{id}/file", new { }, Api.Wire.Options)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsJsonAsync($"/api/v1/incidents/{id}/file", new { }, Api.Wire.Options)).StatusCode);
        var after = await admin.GetStringAsync("/metrics");

        // Other tests in this process decide commands too: the counts can only have grown by at least ours.
        Assert.True(Value(after, "gridactors_commands_total", ("kind", "FileCase"), ("outcome", "refused"))
            >= Value(before, "gridactors_commands_total", ("kind", "FileCase"), ("outcome", "refused")) + 1);
        Assert.True(Value(after, "gridactors_commands_total", ("kind", "FileCase"), ("outcome", "applied"))
            >= Value(before, "gridactors_commands_total", ("kind", "FileCase"), ("outcome", "applied")) + 1);
        Assert.True(Value(after, "gridactors_pushes_sent_total", ("event", "IncidentChanged")) >= 1);
    }

    /// <summary>The value of the sample of that name with those labels, 0 when there is none yet.</summary>
    private static double Value(string scrape, string name, params (string Name, string Value)[] labels) =>
        scrape.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(x => l.Contains($"{x.Name}=\"{x.Value}\"", StringComparison.Ordinal)))
            .Select(l => double.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Single();

    /// <summary>A sample line may end with its timestamp in milliseconds.</summary>
    private static string WithoutTimestamp(string line)
    {
        var parts = line.Split(' ');
        return parts.Length == 3 && long.TryParse(parts[2], out _) ? $"{parts[0]} {parts[1]}" : line;
    }
}
