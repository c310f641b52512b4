using System.Net;
using System.Text.Json.Nodes;

namespace GridActors.Tests.Api;

[Collection(GatewayCollection.Name)]
public class DocumentationTests(GatewayFactory gateway)
{
    [Fact]
    public async Task The_OpenAPI_document_describes_every_resource_without_credentials()
    {
        using var anonymous = gateway.As(null);
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        foreach (var expected in new[]
        {
            "/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/incidents/{id}/dispatch", "/api/v1/incidents/{id}/evaluate",
            "/api/v1/areas/{code}/board", "/api/v1/workers/{id}/assignments", "/api/v1/workers/{id}/heartbeat", "/api/v1/grids/{code}",
        })
            Assert.Contains(expected, paths);
        Assert.Equal("Report an incident (上报)", document["paths"]!["/api/v1/incidents"]!["post"]!["summary"]!.GetValue<string>());
        var dispatch = document["paths"]!["/api/v1/incidents/{id}/dispatch"]!["post"]!;
        Assert.Contains("Dispatch", dispatch["requestBody"]!.ToJsonString());
        var answers = dispatch["responses"]!.AsObject().Select(r => r.Key).ToList();
        Assert.Equal(["200", "400", "401", "403", "404", "409", "412", "429"], answers.Order());
        Assert.Contains("IncidentView", dispatch["responses"]!["200"]!.ToJsonString());
    }

    /// <summary>The ways in: a development token, and a sign-in, its refresh and its sign-out (which carry their own secret).</summary>
    private static readonly string[] Anonymous =
        ["post /api/v1/dev/tokens", "post /api/v1/auth/token", "post /api/v1/auth/refresh", "post /api/v1/auth/signout"];

    [Fact]
    public async Task The_OpenAPI_document_declares_the_bearer_and_API_key_schemes_on_every_guarded_operation()
    {
        using var anonymous = gateway.As(null);
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;

        var schemes = document["components"]!["securitySchemes"]!;
        Assert.Equal(("http", "bearer", "JWT"), (schemes["Bearer"]!["type"]!.GetValue<string>(), schemes["Bearer"]!["scheme"]!.GetValue<string>(), schemes["Bearer"]!["bearerFormat"]!.GetValue<string>()));
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (schemes["ApiKey"]!["type"]!.GetValue<string>(), schemes["ApiKey"]!["in"]!.GetValue<string>(), schemes["ApiKey"]!["name"]!.GetValue<string>()));
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Name: $"{o.Key} {p.Key}", Operation: o.Value!))).ToList();
        foreach (var (name, operation) in operations)
        {
            var required = operation["security"]?.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).Order().ToList() ?? [];
            Assert.True(Anonymous.Contains(name) ? required.Count == 0 : required.SequenceEqual(["ApiKey", "Bearer"]), $"{name}: {string.Join(", ", required)}");
        }
    }

    [Fact]
    public async Task Health_answers_live_and_ready_without_credentials()
    {
        using var anonymous = gateway.As(null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        var ready = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        // The calendar check follows the real date here; CalendarCoverageApiTests sets the clock.
        var checks = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!;
        Assert.Equal(("Healthy", "Healthy"), ((string?)checks["storage"]!["status"], (string?)checks["cluster"]!["status"]));
    }
}
