using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GridActors.Tests.Observability;

/// <summary>The Orleans dashboard at /admin/orleans: platform admins only, by bearer token or by the
/// cookie the session route gives them for the dashboard's own script.</summary>
public sealed class DashboardTests(ObservedGateway gateway) : IClassFixture<ObservedGateway>
{
    [Fact]
    public async Task Anyone_but_a_platform_admin_is_refused()
    {
        using var anonymous = gateway.As(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/orleans/")).StatusCode);
        foreach (var actor in new[] { gateway.Admin, gateway.Operator })
        {
            using var http = gateway.As(actor);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/admin/orleans/")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/admin/orleans/ClusterStats")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync("/api/v1/admin/orleans/session", null)).StatusCode);
        }
    }

    [Fact]
    public async Task A_platform_admin_is_served_the_page_and_the_cluster_s_figures()
    {
        using var http = gateway.As(gateway.PlatformAdmin);
        var page = await http.GetAsync("/admin/orleans/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var stats = await http.GetAsync("/admin/orleans/ClusterStats");
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal("application/json", stats.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_session_cookie_alone_opens_the_dashboard_s_data_and_nothing_else()
    {
        using var admin = gateway.As(gateway.PlatformAdmin);
        var session = await admin.PostAsync("/api/v1/admin/orleans/session", null);
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        var setCookie = Assert.Single(session.Headers.GetValues("Set-Cookie"));
        Assert.Contains("path=/admin/orleans", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        var cookie = setCookie.Split(';')[0];

        using var browser = gateway.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/orleans/DashboardCounters")).StatusCode);
        // Elsewhere the cookie is no sign-in: the API still wants a header.
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/categories")).StatusCode);
    }

    [Theory]
    [InlineData("/admin/orleans/GrainState")]
    [InlineData("/admin/orleans/GrainState/")]
    [InlineData("/admin/orleans/grainstate")]
    public async Task Grain_state_is_not_shown_even_to_a_platform_admin(string path)
    {
        using var http = gateway.As(gateway.PlatformAdmin);
        var state = await http.GetAsync($"{path}?grainId={ObservedGateway.Grid}&grainType=RegisterGrain");
        Assert.Equal(HttpStatusCode.Forbidden, state.StatusCode);
    }

    [Fact]
    public async Task An_operator_s_token_in_the_cookie_is_refused()
    {
        using var browser = gateway.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        browser.DefaultRequestHeaders.Add("Cookie", $"GridActors-Dashboard={gateway.TokenFor(gateway.Operator)}");
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/orleans/ClusterStats")).StatusCode);
    }
}
