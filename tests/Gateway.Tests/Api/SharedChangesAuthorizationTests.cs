using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Territory;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Api;

/// <summary>The operations that change data shared beyond one town: the territory (a district's),
/// the category catalogue and the working calendar (every district's). Each is tried by a caller of
/// another town, of another district, by a plain admin and by the platform admin. The territory is
/// district 320499's, as TerritoryApiTests imports it into this gateway.</summary>
[Collection(GatewayCollection.Name)]
public class SharedChangesAuthorizationTests(GatewayFactory gateway)
{
    private const string District = "320499";

    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");

    private static string TerritoryFile() => Collection(
        Feature($"{District}101001-01", Polygon(Ring(0, 0, 1, 1))),
        Feature($"{District}101001-02", Polygon(Ring(1, 0, 1, 1))),
        Feature($"{District}101001-03", Polygon(Ring(0, 1, 1, 1))),
        Feature($"{District}101001-04", Polygon(Ring(1, 1, 1, 1))));

    public static TheoryData<string, Actor, string> TerritoryRefusals => new()
    {
        // who, and the reason the refusal gives (empty: the route's policy refuses before the grain)
        { "a town's admin, even of the district's own town", new("admin-320499101", Role.Admin, "320499101"), "may not import a territory: only the admin of a whole district" },
        { "another town's admin", new("admin-320412101", Role.Admin, "320412101"), "may not import a territory: only the admin of a whole district" },
        { "another district's admin", new("admin-320411", Role.Admin, "320411"), "320411" },
        { "the district's operator", new("op-320499", Role.Operator, District), "" },
        { "the platform admin", PlatformAdmin, "" },
    };

    [Theory, MemberData(nameof(TerritoryRefusals))]
    public async Task A_territory_import_or_its_dry_run_by_anyone_but_the_district_s_admin_is_403(string who, Actor caller, string reason)
    {
        using var http = gateway.As(caller);
        foreach (var query in new[] { "", "?dryRun=true" })
        {
            var response = await http.PostAsync($"/api/v1/territory/import{query}", new StringContent(TerritoryFile(), Encoding.UTF8, "application/geo+json"));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{who}{query}: {(int)response.StatusCode}");
            if (reason.Length > 0)
                Assert.Contains(reason, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_district_s_own_admin_may_import_its_territory()
    {
        using var http = gateway.As(new Actor("admin", Role.Admin, District));
        var response = await http.PostAsync("/api/v1/territory/import?dryRun=true", new StringContent(TerritoryFile(), Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, Actor> DocumentRefusals => new()
    {
        { "an operator of a town", new("op-320412101", Role.Operator, "320412101") },
        { "an admin of a town", new("admin-320412101", Role.Admin, "320412101") },
        { "an admin of the whole district", new("admin-320412", Role.Admin, "320412") },
        { "an admin of another district", new("admin-320411", Role.Admin, "320411") },
        { "a supervisor of the district", new("sup-320412", Role.Supervisor, "320412") },
        { "a worker", new("w-1", Role.Worker, "320412101001-01") },
    };

    [Theory, MemberData(nameof(DocumentRefusals))]
    public async Task The_catalogue_and_the_calendar_are_changed_by_no_one_but_the_platform_admin(string who, Actor caller)
    {
        using var http = gateway.As(caller);
        foreach (var path in new[] { "/api/v1/categories", "/api/v1/calendar" })
        {
            var read = await http.GetAsync(path);
            var tag = read.Headers.ETag!.Tag;
            using var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(await read.Content.ReadAsStringAsync(), Encoding.UTF8, "application/json") };
            put.Headers.TryAddWithoutValidation("If-Match", tag);
            var response = await http.SendAsync(put);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{who} on {path}: {(int)response.StatusCode}");
            Assert.Equal(tag, (await http.GetAsync(path)).Headers.ETag!.Tag);
        }
    }

    [Fact]
    public async Task An_external_system_changes_neither_document()
    {
        using var hotline = gateway.WithApiKey(AuthSettings.DevelopmentApiKey);
        foreach (var path in new[] { "/api/v1/categories", "/api/v1/calendar" })
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            put.Headers.TryAddWithoutValidation("If-Match", "*");
            Assert.Equal(HttpStatusCode.Forbidden, (await hotline.SendAsync(put)).StatusCode);
        }
    }

    [Fact]
    public async Task A_development_platform_admin_token_puts_the_document_back_as_read()
    {
        using var anonymous = gateway.As(null);
        var issued = await anonymous.PostAsJsonAsync("/api/v1/dev/tokens", new { role = "platformAdmin" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        using var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>());

        var read = await http.GetAsync("/api/v1/calendar");
        var body = await read.Content.ReadAsStringAsync();
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/calendar") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        var response = await http.SendAsync(put);

        Assert.Equal((HttpStatusCode.OK, read.Headers.ETag.Tag), (response.StatusCode, response.Headers.ETag!.Tag));
    }
}
