using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GridActors.Access;
using GridActors.Gateway.Auth;

namespace GridActors.Tests.Log;

/// <summary>A gateway with two external systems: one granted the log's feed, one not.</summary>
public sealed class EventsGatewayFactory : GatewayFactory
{
    public const string GrantedKey = "integrator-key";
    public const string PlainKey = "hotline-key";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Auth:ApiKeys:integrator:Sha256"] = AuthSettings.Hash(GrantedKey),
        ["GridActors:Auth:ApiKeys:integrator:Scope"] = "320412",
        ["GridActors:Auth:ApiKeys:integrator:Grants:0"] = ApiKeyGrants.Events,
        ["GridActors:Auth:ApiKeys:hotline:Sha256"] = AuthSettings.Hash(PlainKey),
        ["GridActors:Auth:ApiKeys:hotline:Scope"] = "320412",
    };
}

public class EventsApiTests(EventsGatewayFactory gateway) : IClassFixture<EventsGatewayFactory>
{
    private static readonly Actor PlatformAdmin = new("root", Role.PlatformAdmin, "");
    private static readonly Actor OtherDistrictAdmin = new("admin-320413", Role.Admin, "320413");

    [Fact]
    public async Task A_case_s_events_are_its_log_in_version_order_for_those_who_may_read_it_and_missing_for_the_rest()
    {
        var town = await Town.Create(gateway);
        var other = await Town.Create(gateway);
        var id = await town.Dispatched();
        await town.Do(id, "accept", town.Handler);

        using var reader = gateway.As(town.Operator);
        var events = await Json(await reader.GetAsync($"/api/v1/incidents/{id}/events"));
        Assert.Equal(
            [
                (1L, "case.reported.v1", town.Reporter.Id, "Worker", "Reported"), (2L, "case.filed.v1", town.Operator.Id, "Operator", "Filed"),
                (3L, "case.dispatched.v1", Actor.SystemId, "Supervisor", "Dispatched"), (4L, "case.accepted.v1", town.Handler.Id, "Worker", "Accepted"),
            ],
            events.EnumerateArray().Select(e => (e.GetProperty("version").GetInt64(), e.GetProperty("type").GetString(),
                e.GetProperty("actor").GetProperty("id").GetString(), e.GetProperty("actor").GetProperty("role").GetString(),
                e.GetProperty("data").GetProperty("status").GetString())));
        Assert.Equal(town.Grid, events[0].GetProperty("data").GetProperty("gridCode").GetString());
        var sequences = events.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToArray();
        Assert.Equal(sequences.Order(), sequences);
        Assert.False(events[0].GetProperty("actor").TryGetProperty("scope", out _));

        using var stranger = gateway.As(other.Operator);
        var hidden = await stranger.GetAsync($"/api/v1/incidents/{id}/events");
        var missing = await stranger.GetAsync($"/api/v1/incidents/{id}-none/events");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden.StatusCode, missing.StatusCode));
        var told = (await Json(hidden)).GetProperty("detail").GetString();
        Assert.Equal($"no case {id}", told);
        Assert.Equal((await Json(await stranger.GetAsync($"/api/v1/incidents/{id}"))).GetProperty("detail").GetString(), told);
    }

    [Fact]
    public async Task The_feed_pages_through_the_log_in_order_for_admins_and_granted_keys_within_their_area()
    {
        var town = await Town.Create(gateway);
        var first = await town.Dispatched();
        var second = await town.Reported("Second heap");

        using var admin = gateway.As(town.Admin);
        var all = await ReadAll(admin, limit: 2);
        var ours = all.Where(e => e.Case == first || e.Case == second).ToArray();
        Assert.Equal([(first, 1L), (first, 2L), (first, 3L), (second, 1L)], ours.Select(e => (e.Case, e.Version)));
        Assert.Equal(all.Select(e => e.Sequence).Order(), all.Select(e => e.Sequence));
        Assert.Equal(all.Count, all.Select(e => e.Sequence).Distinct().Count());

        using var integrator = gateway.WithApiKey(EventsGatewayFactory.GrantedKey);
        Assert.Equal(all, await ReadAll(admin, limit: 1000));
        Assert.Equal(all, await ReadAll(integrator, limit: 3));
        using var elsewhere = gateway.As(OtherDistrictAdmin);
        var page = await Json(await elsewhere.GetAsync("/api/v1/events?limit=1000"));
        Assert.Equal((0, all[^1].Sequence), (page.GetProperty("events").GetArrayLength(), page.GetProperty("next").GetInt64()));
    }

    [Fact]
    public async Task The_feed_is_refused_to_everyone_else_and_bad_parameters_are_named()
    {
        var town = await Town.Create(gateway);
        using var plain = gateway.WithApiKey(EventsGatewayFactory.PlainKey);
        using var op = gateway.As(town.Operator);
        using var worker = gateway.As(town.Handler);
        using var platform = gateway.As(PlatformAdmin);
        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [(await plain.GetAsync("/api/v1/events")).StatusCode, (await op.GetAsync("/api/v1/events")).StatusCode,
                (await worker.GetAsync("/api/v1/events")).StatusCode, (await platform.GetAsync("/api/v1/events")).StatusCode]);
        using var anonymous = gateway.As(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/events")).StatusCode);

        using var admin = gateway.As(town.Admin);
        foreach (var (query, field) in new[] { ("after=-1", "after"), ("after=x", "after"), ("limit=0", "limit"), ("limit=1001", "limit"), ("limit=2.5", "limit"), ("after=1&after=2", "after") })
        {
            var response = await admin.GetAsync($"/api/v1/events?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await Json(response)).GetProperty("errors").TryGetProperty(field, out _), $"{query} names {field}");
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/events?after=0&limit=1000")).StatusCode);
    }

    private sealed record Entry(long Sequence, string Case, long Version);

    /// <summary>Every page from the start, each asked after the last one's <c>next</c>, until a page brings nothing.</summary>
    private static async Task<List<Entry>> ReadAll(HttpClient http, int limit)
    {
        var entries = new List<Entry>();
        long after = 0;
        while (true)
        {
            var page = await Json(await http.GetAsync($"/api/v1/events?after={after}&limit={limit}"));
            var next = page.GetProperty("next").GetInt64();
            entries.AddRange(page.GetProperty("events").EnumerateArray().Select(e =>
                new Entry(e.GetProperty("sequence").GetInt64(), e.GetProperty("entityId").GetString()!, e.GetProperty("version").GetInt64())));
            if (next == after) return entries;
            after = next;
        }
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode is 400 or 404, $"{(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
