using System.Net.Http.Json;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Incidents;
using GridActors.Territory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;

namespace GridActors.Tests.Observability;

/// <summary>A gateway whose scrape is never cached, with a scraper's
/// API key granted <c>metrics</c>, and a district of its own (320499) that no other test reports in:
/// the domain's meter is one per process, so its counts are read by that district.</summary>
public sealed class ObservedGateway : GatewayFactory
{
    public const string District = "320499";
    public const string Grid = "320499101001-01";
    public const string ScraperKey = "test-scraper-key";

    public Actor PlatformAdmin => new("platform", Role.PlatformAdmin, "");
    public Actor Admin => new("admin-320499", Role.Admin, District);
    public Actor Operator => new("op-320499101", Role.Operator, District + "101");

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Auth:ApiKeys:scraper:Sha256"] = AuthSettings.Hash(ScraperKey),
        ["GridActors:Auth:ApiKeys:scraper:Scope"] = District,
        ["GridActors:Auth:ApiKeys:scraper:Grants:0"] = ApiKeyGrants.Metrics,
        ["GridActors:Auth:ApiKeys:hotline:Sha256"] = AuthSettings.Hash(AuthSettings.DevelopmentApiKey),
        ["GridActors:Auth:ApiKeys:hotline:Scope"] = District,
        ["Logging:LogLevel:GridActors.Incidents"] = "Debug",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Configure<PrometheusAspNetCoreOptions>(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
        });
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var admin = As(Admin);
        (await admin.PutAsJsonAsync($"/api/v1/grids/{Grid}", new GridDefinition("观测网格", GridType.Community), Api.Wire.Options)).EnsureSuccessStatusCode();
    }

    /// <summary>Reports a case in the district's grid as its operator, and returns the case's id.</summary>
    public async Task<string> Reported(string title)
    {
        using var http = As(Operator);
        var response = await http.PostAsJsonAsync("/api/v1/incidents",
            new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, title, Grid), Api.Wire.Options);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IncidentView>(Api.Wire.Options))!.Id;
    }
}
