using System.Net;
using System.Net.Http.Json;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace GridActors.Tests.Api;

/// <summary>A gateway configured as production: its own signing key, no development issuer.</summary>
public sealed class ProductionGatewayFactory : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Auth:Development"] = "false",
        ["GridActors:Auth:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
    };
}

public class ProductionModeTests(ProductionGatewayFactory gateway) : IClassFixture<ProductionGatewayFactory>
{
    [Fact]
    public async Task Production_has_no_development_token_endpoint_and_no_development_API_key()
    {
        using var admin = gateway.As(new Actor("admin", Role.Admin, "320412"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/v1/dev/tokens", new { role = "admin", areaCode = "320412" })).StatusCode);
        using var devKey = gateway.WithApiKey(AuthSettings.DevelopmentApiKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await devKey.GetAsync("/api/v1/incidents/any")).StatusCode);
    }

    [Fact]
    public async Task Production_refuses_the_demo_password_for_any_account_and_signs_in_with_another()
    {
        using var admin = gateway.As(new Actor("admin-prod", Role.Admin, "320412"));
        var refused = await admin.PostAsJsonAsync("/api/v1/accounts",
            new { login = "op-prod", displayName = "值班员", role = "Operator", scope = "320412101", password = "gridactors-demo" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("the demo password is published: choose another",
            (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors").GetProperty("password")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/accounts",
            new { login = "op-prod", displayName = "值班员", role = "Operator", scope = "320412101", password = "a-production-secret" })).StatusCode);
        using var anonymous = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login = "op-prod", password = "a-production-secret" })).StatusCode);
    }

    [Theory]
    [InlineData("GridActors:Auth:SigningKey", AuthSettings.DevelopmentSigningKey, "development key")]
    [InlineData("GridActors:Auth:SigningKey", "short", "at least 32 bytes")]
    [InlineData("GridActors:Auth:ApiKeys:system:Scope", "320412", "platform's own id")]
    [InlineData("GridActors:Auth:ApiKeys:hotline:Sha256", "2ecd7c7d3ab1e0c6e8f1b6fd5c3b5e1b2ad1c5f3c8ef1e0d0b8b6e2e4f7d9a11", "Scope must be an area code")]
    [InlineData("GridActors:Auth:ApiKeys:hotline:Grants:0", "everything", "ApiKeys:hotline:Grants: no grant 'everything' (known: events, metrics)")]
    public void Production_refuses_to_start_with_development_or_weak_secrets(string key, string value, string complaint)
    {
        var settings = new Dictionary<string, string?>
        {
            ["GridActors:Auth:Development"] = "false",
            ["GridActors:Auth:SigningKey"] = new string('k', 40),
            [key] = value,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Assert.Contains(complaint, Assert.Throws<InvalidOperationException>(() => AuthSettings.FromConfiguration(configuration, embedded: true)).Message);
    }

    [Fact]
    public void Production_refuses_the_development_API_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GridActors:Auth:Development"] = "false",
            ["GridActors:Auth:SigningKey"] = new string('k', 40),
            ["GridActors:Auth:ApiKeys:hotline:Sha256"] = AuthSettings.Hash(AuthSettings.DevelopmentApiKey),
            ["GridActors:Auth:ApiKeys:hotline:Scope"] = "320412",
        }).Build();
        Assert.Contains("development key", Assert.Throws<InvalidOperationException>(() => AuthSettings.FromConfiguration(configuration, embedded: true)).Message);
    }

    [Fact]
    public void A_PostgreSql_deployment_is_production_unless_told_otherwise()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GridActors:Storage:Backend"] = "PostgreSql",
            ["GridActors:Storage:ConnectionString"] = "Host=db;Database=gridactors",
        }).Build();
        Assert.Contains("SigningKey", Assert.Throws<InvalidOperationException>(
            () => AuthSettings.FromConfiguration(configuration, ClusterHosting.IsEmbedded(configuration))).Message);
    }
}
