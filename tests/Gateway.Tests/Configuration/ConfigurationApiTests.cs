using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Incidents;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Tests.Configuration;

/// <summary>A gateway of its own: these tests change the catalogue every case of it uses.</summary>
public sealed class ConfigurationGatewayFactory : GatewayFactory;

/// <summary>A platform admin reads the catalogue or calendar, edits it and puts it back; the next case uses it.</summary>
public class ConfigurationApiTests(ConfigurationGatewayFactory gateway) : IClassFixture<ConfigurationGatewayFactory>
{
    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");

    private static async Task<(JsonNode Body, string Tag)> Read(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> Put(HttpClient http, string path, JsonNode body, string? tag) =>
        PutIfMatch(http, path, body, tag is null ? null : new EntityTagHeaderValue(tag).ToString());

    private static Task<HttpResponseMessage> PutIfMatch(HttpClient http, string path, JsonNode body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return http.SendAsync(request);
    }

    [Theory]
    [InlineData("GET", "/api/v1/categories")]
    [InlineData("PUT", "/api/v1/categories")]
    [InlineData("GET", "/api/v1/calendar")]
    [InlineData("PUT", "/api/v1/calendar")]
    public async Task Without_credentials_the_configuration_answers_401(string method, string path)
    {
        using var anonymous = gateway.As(null);
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/categories")]
    [InlineData("/api/v1/calendar")]
    public async Task Anyone_signed_in_reads_it_but_only_a_platform_admin_changes_it(string path)
    {
        using var worker = gateway.As(new Actor("w-1", Role.Worker, "320412101001-01"));
        var (body, tag) = await Read(worker, path);
        using var system = gateway.WithApiKey(GridActors.Gateway.Auth.AuthSettings.DevelopmentApiKey);
        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync(path)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await Put(worker, path, body, tag)).StatusCode);
        using var districtOperator = gateway.As(new Actor("op", Role.Operator, "320412"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(districtOperator, path, body, tag)).StatusCode);
        using var townAdmin = gateway.As(new Actor("town-admin", Role.Admin, "320412101"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(townAdmin, path, body, tag)).StatusCode);
        // A district's admin, of this district or another, changes no document every district shares.
        using var districtAdmin = gateway.As(new Actor("admin", Role.Admin, "320412"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(districtAdmin, path, body, tag)).StatusCode);
        using var otherDistrictAdmin = gateway.As(new Actor("admin-320411", Role.Admin, "320411"));
        Assert.Equal(HttpStatusCode.Forbidden, (await PutIfMatch(otherDistrictAdmin, path, body, "*")).StatusCode);
        Assert.Equal(tag, (await Read(worker, path)).Tag);
    }

    [Fact]
    public async Task A_PUT_without_If_Match_is_428_a_retried_one_is_200_and_another_from_a_stale_ETag_is_412()
    {
        using var admin = gateway.As(PlatformAdmin);
        var (body, tag) = await Read(admin, "/api/v1/calendar");
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Put(admin, "/api/v1/calendar", body, null)).StatusCode);

        body["years"]!.AsArray().Single(y => (int)y!["year"]! == 2026)!["holidays"]!.AsArray()
            .Add(new JsonObject { ["name"] = "Flood clean-up", ["from"] = "2026-12-28", ["to"] = "2026-12-29" });
        var first = await Put(admin, "/api/v1/calendar", body, tag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var retried = await Put(admin, "/api/v1/calendar", body, tag);
        Assert.Equal((HttpStatusCode.OK, first.Headers.ETag), (retried.StatusCode, retried.Headers.ETag));

        body["years"]!.AsArray().Single(y => (int)y!["year"]! == 2026)!["holidays"]!.AsArray()
            .Add(new JsonObject { ["name"] = "Second clean-up", ["from"] = "2026-12-30", ["to"] = "2026-12-30" });
        var stale = await Put(admin, "/api/v1/calendar", body, tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(first.Headers.ETag!.Tag, (await Read(admin, "/api/v1/calendar")).Tag);
    }

    [Fact]
    public async Task If_Match_star_matches_any_current_version_and_a_list_matches_when_one_of_its_tags_does()
    {
        using var admin = gateway.As(PlatformAdmin);
        var (body, tag) = await Read(admin, "/api/v1/calendar");
        var year = body["years"]!.AsArray().Single(y => (int)y!["year"]! == 2026)!["holidays"]!.AsArray();

        year.Add(new JsonObject { ["name"] = "Star day", ["from"] = "2026-12-21", ["to"] = "2026-12-21" });
        var star = await PutIfMatch(admin, "/api/v1/calendar", body, "*");
        Assert.Equal(HttpStatusCode.OK, star.StatusCode);

        year.Add(new JsonObject { ["name"] = "List day", ["from"] = "2026-12-22", ["to"] = "2026-12-22" });
        var stale = await PutIfMatch(admin, "/api/v1/calendar", body, $"\"not-it\", {tag}");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var listed = await PutIfMatch(admin, "/api/v1/calendar", body, $"\"not-it\", {star.Headers.ETag!.Tag}, {tag}");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(listed.Headers.ETag!.Tag, (await Read(admin, "/api/v1/calendar")).Tag);

        Assert.Equal(HttpStatusCode.BadRequest, (await PutIfMatch(admin, "/api/v1/calendar", body, "*, \"x\"")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutIfMatch(admin, "/api/v1/calendar", body, "no-quotes")).StatusCode);
    }

    [Fact]
    public async Task A_bad_catalogue_is_400_naming_each_entry_and_nothing_changes()
    {
        using var admin = gateway.As(PlatformAdmin);
        var (body, tag) = await Read(admin, "/api/v1/categories");
        body.WithLimit("environment.rubbish", "accept", "normal", "-1 WorkingHours")
            .WithLimit("safety.hazard", "case", "urgent", "3 Fortnights");

        var response = await Put(admin, "/api/v1/categories", body, tag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        Assert.Equal(["a limit must be more than zero, not -1"], problem.Errors["environment.rubbish limits.accept.normal"]);
        Assert.Equal(["unknown unit 'Fortnights'; use WorkingHours, WorkingDays, NaturalHours"], problem.Errors["safety.hazard limits.case.urgent"]);
        Assert.Equal(tag, (await Read(admin, "/api/v1/categories")).Tag);
    }

    [Fact]
    public async Task After_a_PUT_the_catalogue_reads_back_as_put_and_the_next_report_gets_the_new_limit()
    {
        using var admin = gateway.As(PlatformAdmin);
        var (body, tag) = await Read(admin, "/api/v1/categories");
        body.WithLimit("environment.rubbish", "accept", "normal", "3 NaturalHours");

        var response = await Put(admin, "/api/v1/categories", body, tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (read, newTag) = await Read(admin, "/api/v1/categories");
        Assert.Equal(response.Headers.ETag!.Tag, newTag);
        Assert.NotEqual(tag, newTag);
        Assert.True(JsonNode.DeepEquals(body, read));
        var town = await Town.Create(gateway);
        var view = await town.Do(await town.Reported(), "file", town.Operator);
        Assert.Equal(view.History[^1].At + TimeSpan.FromHours(3), view.StageDueAt);
    }
}

/// <summary>A gateway started with its own catalogue file, as the lead's process tests start one.</summary>
public sealed class StartupFileGatewayFactory : GatewayFactory
{
    public string File { get; } = ShippedFiles.Catalogue().WithLimit("environment.rubbish", "accept", "normal", "0.0025 NaturalHours").ToTemporaryFile();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Configuration:CategoriesFile"] = File,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        System.IO.File.Delete(File);
    }
}

public class StartupFileTests(StartupFileGatewayFactory gateway) : IClassFixture<StartupFileGatewayFactory>
{
    [Fact]
    public async Task A_catalogue_file_given_at_start_replaces_the_shipped_one_down_to_a_limit_of_seconds()
    {
        var town = await Town.Create(gateway);
        var view = await town.Do(await town.Reported(), "file", town.Operator);
        Assert.Equal(view.History[^1].At + TimeSpan.FromSeconds(9), view.StageDueAt);
    }

    [Fact]
    public void A_bad_catalogue_file_stops_the_start_naming_the_entry()
    {
        var path = ShippedFiles.Catalogue().WithLimit("environment.rubbish", "handle", "urgent", "0 WorkingHours").ToTemporaryFile();
        try
        {
            using var bad = new BadFileGatewayFactory(path);
            var failure = Assert.ThrowsAny<Exception>(() => bad.Server);
            var problem = Assert.IsType<GridActors.Configuration.ConfigurationProblemException>(failure.GetBaseException());
            Assert.Equal([new("environment.rubbish limits.handle.urgent", "a limit must be more than zero, not 0")], problem.Problems);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class BadFileGatewayFactory(string path) : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["GridActors:Configuration:CategoriesFile"] = path,
        };
    }
}
