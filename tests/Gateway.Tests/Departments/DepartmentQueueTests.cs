using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Lists;
using GridActors.Tests.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Departments;

/// <summary>A department's queue over real HTTP and a real SignalR client on Kestrel: exactly the cases
/// dispatched to it, live, and nothing else; acted on over REST; by a person or the department's key.</summary>
public sealed class DepartmentQueueTests(DepartmentGatewayFactory gateway) : IClassFixture<DepartmentGatewayFactory>
{
    private sealed record Desk(Actor Actor, string Code);

    private static Desk DeskOf(string code) => new(new Actor($"desk-{code}", Role.Department, code), code);

    private static object To(string department, string reason = "a burst water main") =>
        new { level = "Department", handler = department, reason };

    private async Task<JsonObject> Queue(HttpClient http, string department, string query = "")
    {
        var response = await http.GetAsync($"/api/v1/departments/{department}/cases{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static IEnumerable<(string Id, string Status)> Items(JsonObject list) =>
        list["items"]!.AsArray().Select(i => ((string)i!["id"]!, (string)i["status"]!));

    [Fact]
    public async Task A_department_user_sees_exactly_the_cases_dispatched_to_it_live_and_nothing_else()
    {
        var town = await Town.Create(gateway);
        var desk = DeskOf($"water-{town.Code}");
        var otherDepartment = $"gas-{town.Code}";
        await using var queue = gateway.Board(desk.Actor);
        var pushed = new Recorder<IncidentSummary>(queue, "incidentChanged");
        await queue.StartAsync();
        await queue.InvokeAsync("WatchDepartment", desk.Code);
        await using var board = gateway.Board(town.Operator);
        var onBoard = new Recorder<IncidentSummary>(board, "incidentChanged");
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", town.Code);

        var ours = await town.Dispatched();
        var theirs = await town.Dispatched();
        var areaCase = await town.Dispatched();
        await town.Do(ours, "escalate", town.Operator, To(desk.Code));
        await town.Do(theirs, "escalate", town.Operator, To(otherDepartment, "a gas smell"));
        await town.Do(areaCase, "accept", town.Handler);
        // Once the board has had the others' last changes, a change of ours pushed after them is the
        // department's last push: whatever the department was sent of the others came before it.
        await onBoard.WaitFor(r => r.Any(s => s.Id == theirs && s.Version == 4) && r.Any(s => s.Id == areaCase && s.Version == 4));
        var accepted = await town.Do(ours, "accept", desk.Actor);
        await pushed.WaitFor(r => r.Any(s => s.Id == ours && s.Version == accepted.Version));

        Assert.Equal(new[] { (ours, 4L, IncidentStatus.Dispatched), (ours, 5L, IncidentStatus.Accepted) },
            pushed.Received.Select(s => (s.Id, s.Version, s.Status)));
        Assert.All(pushed.Received, s => Assert.Equal((HandlingLevel.Department, desk.Code), (s.Level, s.Handler)));
        using var http = gateway.As(desk.Actor);
        Assert.Equal(new[] { (ours, "Accepted") }, Items(await Queue(http, desk.Code, "?count=true")));
        Assert.Equal(1, (int)(await Queue(http, desk.Code, "?count=true"))["total"]!);
        foreach (var notOurs in new[] { theirs, areaCase })
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/incidents/{notOurs}")).StatusCode);
        var forbidden = await http.GetAsync($"/api/v1/departments/{otherDepartment}/cases");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("NotPermitted", (string)(await forbidden.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        var refused = await Assert.ThrowsAsync<HubException>(() => queue.InvokeAsync("WatchDepartment", otherDepartment));
        Assert.Contains("may not watch the queue", refused.Message);
        // The case list says the same: of the three, the one it was sent.
        Assert.Equal(new[] { ours }, (await http.List("")).Ids());
    }

    [Fact]
    public async Task Command_centres_read_a_departments_queue_within_their_own_area_and_others_may_not_read_it()
    {
        var town = await Town.Create(gateway);
        var elsewhere = await Town.Create(gateway);
        var desk = DeskOf($"water-{town.Code}");
        var here = await town.Dispatched();
        var there = await elsewhere.Dispatched();
        await town.Do(here, "escalate", town.Operator, To(desk.Code));
        await elsewhere.Do(there, "escalate", elsewhere.Operator, To(desk.Code));

        using (var http = gateway.As(desk.Actor))
            Assert.Equal(new[] { there, here }, Items(await Queue(http, desk.Code)).Select(i => i.Id));
        using (var http = gateway.As(town.Operator))
            Assert.Equal(new[] { here }, Items(await Queue(http, desk.Code)).Select(i => i.Id));
        using (var http = gateway.As(new Actor("admin", Role.Admin, town.District)))
            Assert.Equal(new[] { there, here }, Items(await Queue(http, desk.Code)).Select(i => i.Id));
        foreach (var outsider in new[] { town.Handler, DeskOf($"gas-{town.Code}").Actor, new Actor("platform-admin", Role.PlatformAdmin, "platform") })
        {
            using var http = gateway.As(outsider);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"/api/v1/departments/{desk.Code}/cases")).StatusCode);
        }
        using var hotline = gateway.WithApiKey(GridActors.Gateway.Auth.AuthSettings.DevelopmentApiKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync($"/api/v1/departments/{desk.Code}/cases")).StatusCode);
    }

    [Fact]
    public async Task A_department_accepts_returns_and_resolves_over_REST_and_its_queue_and_pushes_follow()
    {
        var town = await Town.Create(gateway);
        var desk = DeskOf($"water-{town.Code}");
        await using var queue = gateway.Board(desk.Actor);
        var pushed = new Recorder<IncidentSummary>(queue, "incidentChanged");
        await queue.StartAsync();
        await queue.InvokeAsync("WatchDepartment", desk.Code);
        var kept = await town.Dispatched();
        var returned = await town.Dispatched();
        var sentOn = await town.Dispatched();
        foreach (var id in new[] { kept, returned, sentOn }) await town.Do(id, "escalate", town.Operator, To(desk.Code));
        using var http = gateway.As(desk.Actor);
        Assert.Equal(new[] { sentOn, returned, kept }, Items(await Queue(http, desk.Code)).Select(i => i.Id));
        await town.Do(sentOn, "escalate", town.Operator, new { level = "District", handler = town.District, reason = "needs the district" });

        await town.Do(kept, "accept", desk.Actor);
        var again = await http.PostAsJsonAsync($"/api/v1/incidents/{kept}/accept", new { }, Wire.Options);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var noReason = await http.PostAsJsonAsync($"/api/v1/incidents/{returned}/return", new { }, Wire.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", (await noReason.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        var back = await town.Do(returned, "return", desk.Actor, new { reason = "a private pipe: not ours" });
        Assert.Equal((IncidentStatus.Returned, null), (back.Status, back.Handler));
        await town.Do(kept, "resolve", desk.Actor, new { result = "Main repaired, water back on" });
        Assert.Equal(new[] { (kept, "Resolved") }, Items(await Queue(http, desk.Code)));

        await town.Do(kept, "verify", town.Operator, new { note = "Checked on site" });
        var closed = await town.Do(kept, "close", town.Operator);
        await pushed.WaitFor(r => r.Any(s => s.Id == kept && s.Version == closed.Version));
        Assert.Empty(Items(await Queue(http, desk.Code)));
        // The change taking each case out of the queue was pushed to it, and nothing of the case after.
        Assert.Equal(
            new[] { (sentOn, IncidentStatus.Dispatched, (string?)town.District), (returned, IncidentStatus.Returned, null), (kept, IncidentStatus.Closed, desk.Code) },
            pushed.Received.Where(s => s.Handler != desk.Code || s.Status == IncidentStatus.Closed).Select(s => (s.Id, s.Status, s.Handler)));
        // Once out of its queue a case may be read but no longer handled by the department.
        var late = await http.PostAsJsonAsync($"/api/v1/incidents/{returned}/accept", new { }, Wire.Options);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        // What the department did stands in the case's events, its department named, for the assessment.
        var events = (await http.GetFromJsonAsync<JsonArray>($"/api/v1/incidents/{kept}/events"))!;
        Assert.Equal(
            new[] { ("case.accepted.v1", desk.Actor.Id), ("case.resolved.v1", desk.Actor.Id) },
            events.Where(e => (string)e!["actor"]!["role"]! == "Department").Select(e => ((string)e!["type"]!, (string)e["actor"]!["id"]!)));
        Assert.All(events.Where(e => (string)e!["type"]! is "case.accepted.v1" or "case.resolved.v1"),
            e => Assert.Equal(("Department", desk.Code), ((string)e!["data"]!["level"]!, (string)e["data"]!["handler"]!)));
    }

    [Fact]
    public async Task A_departments_API_key_may_not_report_through_Open311()
    {
        using var anonymous = gateway.CreateClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = DepartmentGatewayFactory.WaterKey, ["jurisdiction_id"] = "320412",
            ["service_code"] = "environment.rubbish", ["lat"] = "31.7005", ["long"] = "119.9505",
        });

        var refused = await anonymous.PostAsync("/open311/v2/requests.json", form);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("api_key is not a key of this endpoint", (string)JsonNode.Parse(await refused.Content.ReadAsStringAsync())![0]!["description"]!);
    }

    [Fact]
    public async Task A_departments_API_key_reads_its_queue_and_acts_on_its_cases()
    {
        var town = await Town.Create(gateway);
        await using var queue = gateway.BoardWithApiKey(DepartmentGatewayFactory.WaterKey);
        var pushed = new Recorder<IncidentSummary>(queue, "incidentChanged");
        await queue.StartAsync();
        await queue.InvokeAsync("WatchDepartment", DepartmentGatewayFactory.Water);
        var id = await town.Dispatched();
        await town.Do(id, "escalate", town.Operator, To(DepartmentGatewayFactory.Water));
        using var key = gateway.WithApiKey(DepartmentGatewayFactory.WaterKey);

        Assert.Contains((id, "Dispatched"), Items(await Queue(key, DepartmentGatewayFactory.Water)));
        var accept = await key.PostAsJsonAsync($"/api/v1/incidents/{id}/accept", new { }, Wire.Options);
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Contains((id, "Accepted"), Items(await Queue(key, DepartmentGatewayFactory.Water)));
        Assert.Equal(HttpStatusCode.Forbidden, (await key.GetAsync($"/api/v1/departments/gas/cases")).StatusCode);
        var accepted = (await accept.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
        Assert.Equal(("water-system", Role.Department), (accepted.History[^1].By.Id, accepted.History[^1].By.Role));
        await pushed.WaitFor(r => r.Any(s => s.Id == id && s.Version == accepted.Version));
        Assert.Equal(new[] { IncidentStatus.Dispatched, IncidentStatus.Accepted }, pushed.Received.Where(s => s.Id == id).Select(s => s.Status));
    }

    [Fact]
    public async Task A_department_account_made_by_the_platform_admin_signs_in_and_reads_and_watches_its_queue()
    {
        var town = await Town.Create(gateway);
        var code = $"water-{town.Code}";
        var login = $"desk-{town.Code}";
        using (var platform = gateway.As(new Actor("platform-admin", Role.PlatformAdmin, "platform")))
        {
            var created = await platform.PostAsJsonAsync("/api/v1/accounts",
                new { login, displayName = "供水值班", role = "Department", scope = code, password = "correct horse battery" }, Wire.Options);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        using var anonymous = gateway.CreateClient();
        var signIn = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login, password = "correct horse battery" });
        var token = (string)(await signIn.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
        await using var queue = gateway.Board(token);
        var pushed = new Recorder<IncidentSummary>(queue, "incidentChanged");
        await queue.StartAsync();
        await queue.InvokeAsync("WatchDepartment", code);

        var id = await town.Dispatched();
        await town.Do(id, "escalate", town.Operator, To(code));

        await pushed.WaitFor(r => r.Any(s => s.Id == id && s.Handler == code));
        using var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(new[] { (id, "Dispatched") }, Items(await Queue(http, code)));
    }

    [Theory]
    [InlineData("water/cases?level=Grid", "level")]
    [InlineData("water/cases?handler=police", "handler")]
    [InlineData("water/cases?status=Closed", "status")]
    [InlineData("water/cases?status=Dispatched,Evaluated", "status")]
    [InlineData("water/cases?limit=0", "limit")]
    [InlineData("water/cases?sort=title", "sort")]
    [InlineData("water/cases?cursor=forged", "cursor")]
    [InlineData("Water_Dept/cases", "id")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string path, string parameter)
    {
        using var key = gateway.WithApiKey(DepartmentGatewayFactory.WaterKey);
        var response = await key.GetAsync($"/api/v1/departments/{path}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new[] { parameter }, (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
    }
}
