using System.Net;
using System.Net.Http.Json;
using GridActors.Access;
using GridActors.Gateway.Auth;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Tests.Api;

/// <summary>A caller turned away by a route's policy is told why, as a problem: what the route needs
/// and what the caller is, or which credential is missing or not valid.</summary>
[Collection(GatewayCollection.Name)]
public class AuthorizationProblemTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_district_admin_replacing_the_calendar_is_told_it_needs_a_platform_admin()
    {
        using var admin = gateway.As(new Actor("admin-320412", Role.Admin, "320412"));

        var response = await admin.PutAsync("/api/v1/calendar", JsonContent.Create(new { years = Array.Empty<object>() }));

        var problem = await Problem(response, HttpStatusCode.Forbidden);
        Assert.Equal("PUT /api/v1/calendar needs the role PlatformAdmin; the caller admin-320412 has the role Admin and the scope 320412.", problem.Detail);
        Assert.Equal("NotPermitted", problem.Extensions["code"]?.ToString());
    }

    [Fact]
    public async Task An_external_system_on_a_people_only_route_is_told_which_roles_it_needs()
    {
        var town = await Town.Create(gateway);
        using var hotline = gateway.WithApiKey(AuthSettings.DevelopmentApiKey);

        var response = await hotline.GetAsync($"/api/v1/grids/{town.Grid}");

        var problem = await Problem(response, HttpStatusCode.Forbidden);
        Assert.Equal(
            $"GET /api/v1/grids/{town.Grid} needs one of the roles Operator, Supervisor, Worker, Department, Admin; the caller hotline-12345 has the role External and the scope 320412.",
            problem.Detail);
    }

    [Fact]
    public async Task A_request_without_credentials_is_told_to_bring_a_token_or_a_key()
    {
        using var anonymous = gateway.As(null);

        var response = await anonymous.GetAsync("/api/v1/incidents/any");

        var problem = await Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("This needs a bearer token (Authorization: Bearer …) or an external system's key (X-Api-Key); the request has neither.", problem.Detail);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task A_forged_token_or_an_unknown_key_is_told_which_one_is_not_valid()
    {
        using var forged = gateway.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        using var wrongKey = gateway.WithApiKey("not-a-key");

        var token = await Problem(await forged.GetAsync("/api/v1/incidents/any"), HttpStatusCode.Unauthorized);
        var key = await Problem(await wrongKey.GetAsync("/api/v1/incidents/any"), HttpStatusCode.Unauthorized);

        Assert.Equal("The bearer token is not valid: malformed, expired, or not signed by this platform for it.", token.Detail);
        Assert.Equal("The X-Api-Key key is not one this platform knows.", key.Detail);
    }

    private static async Task<ProblemDetails> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal((status, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Equal((int)status, problem.Status);
        return problem;
    }
}
