using System.Net;
using System.Net.Http.Json;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Territory;
using GridActors.Workers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Api;

/// <summary>For every role, what it may and may not do, on REST and on the hubs: 401 without
/// credentials, 403 outside one's role or area.</summary>
[Collection(GatewayCollection.Name)]
public class AuthorizationTests(GatewayFactory gateway)
{
    [Theory]
    [InlineData("GET", "/api/v1/incidents/any")]
    [InlineData("POST", "/api/v1/incidents")]
    [InlineData("POST", "/api/v1/incidents/any/file")]
    [InlineData("GET", "/api/v1/areas/320412/board")]
    [InlineData("GET", "/api/v1/workers/w-1/assignments")]
    [InlineData("PUT", "/api/v1/grids/320412101001-01")]
    public async Task Without_credentials_every_endpoint_answers_401(string method, string path)
    {
        using var anonymous = gateway.As(null);
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_API_key_or_a_forged_token_is_401()
    {
        using var wrongKey = gateway.WithApiKey("not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("/api/v1/incidents/any")).StatusCode);
        using var forged = gateway.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/incidents/any")).StatusCode);
    }

    [Fact]
    public async Task A_token_claiming_the_platform_s_own_id_is_401()
    {
        using var impostor = gateway.As(new Actor(Actor.SystemId, Role.Supervisor, "320412"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await impostor.GetAsync("/api/v1/areas/320412/board")).StatusCode);
        using var supervisor = gateway.As(new Actor("sup-320412", Role.Supervisor, "320412"));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/v1/areas/320412/board")).StatusCode);
    }

    [Fact]
    public async Task The_hubs_refuse_a_connection_without_credentials()
    {
        await using var board = gateway.Hub("/hubs/board", null);
        await Assert.ThrowsAnyAsync<Exception>(() => board.StartAsync());
        await using var app = gateway.Hub("/hubs/worker", null);
        await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
    }

    [Fact]
    public async Task An_operator_of_one_town_can_neither_read_change_nor_watch_another_town_s_cases()
    {
        var mine = await Town.Create(gateway);
        var theirs = await Town.Create(gateway);
        var id = await theirs.Dispatched();
        using var http = gateway.As(mine.Operator);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync($"/api/v1/incidents/{id}/supervise", new { notice = "hurry" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"/api/v1/areas/{theirs.Code}/board")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsJsonAsync("/api/v1/incidents", theirs.AReport(), Wire.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"/api/v1/workers/{theirs.Handler.Id}/assignments")).StatusCode);

        await using var board = gateway.Hub("/hubs/board", mine.Operator);
        await board.StartAsync();
        Assert.Contains("forbidden", (await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync<AreaBoard>("WatchArea", theirs.Code))).Message);
        Assert.Contains($"no case {id}", (await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync<object>("WatchIncident", id))).Message);
        // Its own town, for contrast.
        Assert.Equal(mine.Code, (await board.InvokeAsync<AreaBoard>("WatchArea", mine.Code)).Code);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/areas/{mine.Code}/board")).StatusCode);
    }

    [Fact]
    public async Task Another_town_s_case_is_answered_exactly_as_a_missing_one_so_its_existence_does_not_leak()
    {
        var mine = await Town.Create(gateway);
        var theirs = await Town.Create(gateway);
        var existing = await theirs.Dispatched();
        var missing = Ids.NewIncidentId(TimeProvider.System);
        using var http = gateway.As(mine.Operator);

        var toExisting = await http.GetAsync($"/api/v1/incidents/{existing}");
        var toMissing = await http.GetAsync($"/api/v1/incidents/{missing}");

        Assert.Equal(HttpStatusCode.NotFound, toExisting.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toMissing.StatusCode);
        Assert.Equal(toMissing.Content.Headers.ContentType, toExisting.Content.Headers.ContentType);
        Assert.Equal(await WithoutTrace(toMissing, missing), await WithoutTrace(toExisting, existing));
        Assert.Equal("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not Found","status":404,"detail":"no case {id}","code":"NotFound"}""", await WithoutTrace(toExisting, existing));

        // A command says no more: not the case's state, nor who may give it.
        var fileExisting = await http.PostAsJsonAsync($"/api/v1/incidents/{existing}/file", new { });
        var fileMissing = await http.PostAsJsonAsync($"/api/v1/incidents/{missing}/file", new { });
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (fileExisting.StatusCode, fileMissing.StatusCode));
        Assert.Equal(await WithoutTrace(fileMissing, missing), await WithoutTrace(fileExisting, existing));
        await using var board = gateway.Hub("/hubs/board", mine.Operator);
        await board.StartAsync();
        var watchExisting = await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync<object>("WatchIncident", existing));
        var watchMissing = await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync<object>("WatchIncident", missing));
        Assert.Equal(watchMissing.Message.Replace(missing, "{id}", StringComparison.Ordinal), watchExisting.Message.Replace(existing, "{id}", StringComparison.Ordinal));
    }

    /// <summary>A problem's JSON with its trace id dropped and the asked id replaced by "{id}".</summary>
    private static async Task<string> WithoutTrace(HttpResponseMessage response, string id)
    {
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString().Replace(id, "{id}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_sees_only_its_own_assignments_and_may_not_run_the_command_centre()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        using var reporter = gateway.As(town.Reporter);
        using var handler = gateway.As(town.Handler);

        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/api/v1/workers/{town.Handler.Id}/assignments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/api/v1/workers/{town.Handler.Id}/assignments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsync($"/api/v1/workers/{town.Handler.Id}/assignments/{id}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync($"/api/v1/incidents/{id}/supervise", new { notice = "me?" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync($"/api/v1/incidents/{id}/defer", new { reason = "busy" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync($"/api/v1/areas/{town.Grid}/board")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PutAsJsonAsync($"/api/v1/grids/{town.Grid}", new GridDefinition("x", GridType.Park), Wire.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.PutAsJsonAsync($"/api/v1/workers/{town.Handler.Id}/duty", new { duty = "OnDuty" }, Wire.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PutAsJsonAsync($"/api/v1/workers/{town.Handler.Id}/duty", new { duty = "OffDuty" }, Wire.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsJsonAsync($"/api/v1/workers/{town.Handler.Id}/heartbeat", new GeoPoint(31.7, 119.9), Wire.Options)).StatusCode);
        // The handler reads the case it holds; a worker who never held it does not.
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
        using var stranger = gateway.As(new Actor("w-stranger", Role.Worker, town.Grid));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
    }

    [Fact]
    public async Task Only_workers_connect_to_the_worker_hub()
    {
        var town = await Town.Create(gateway);
        await using var operatorApp = gateway.Hub("/hubs/worker", town.Operator);
        await Assert.ThrowsAnyAsync<Exception>(() => operatorApp.StartAsync());
    }

    [Fact]
    public async Task A_department_handles_what_is_dispatched_to_it_and_reads_nothing_else()
    {
        var town = await Town.Create(gateway);
        var ours = await town.Dispatched();
        await town.Do(ours, "escalate", town.Operator, new { level = "Department", handler = "police", reason = "a fight, not rubbish" });
        var other = await town.Dispatched();
        using var police = gateway.As(town.Police);

        Assert.Equal(HttpStatusCode.OK, (await police.PostAsJsonAsync($"/api/v1/incidents/{ours}/accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/v1/incidents/{ours}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/incidents/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/api/v1/areas/{town.Code}/board")).StatusCode);
    }

    [Fact]
    public async Task Approvals_are_a_supervisor_s_and_territory_is_an_admin_s()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        using var op = gateway.As(town.Operator);
        using var sup = gateway.As(town.Supervisor);
        using var admin = gateway.As(town.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/defer", new { reason = "owner away" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sup.PostAsJsonAsync($"/api/v1/incidents/{id}/defer", new { reason = "owner away" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutAsJsonAsync($"/api/v1/grids/{town.Grid}", new GridDefinition("x", GridType.Park), Wire.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/grids/{town.Grid}", new GridDefinition("运河边第一网格", GridType.Community), Wire.Options)).StatusCode);
        using var outsideAdmin = gateway.As(new Actor("admin-2", Role.Admin, "320411"));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsideAdmin.PutAsJsonAsync($"/api/v1/workers/w-x", new WorkerProfile("x", WorkerKind.Volunteer, [town.Grid]), Wire.Options)).StatusCode);
    }

    [Fact]
    public async Task An_external_system_reads_only_what_it_reported_and_reports_only_in_its_area()
    {
        var town = await Town.Create(gateway);
        using var hotline = gateway.WithApiKey(AuthSettings.DevelopmentApiKey);
        var created = await hotline.PostAsJsonAsync("/api/v1/incidents", town.AReport() with { Source = Incidents.IncidentSource.Hotline12345 }, Wire.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hotline.GetAsync(created.Headers.Location)).StatusCode);

        var notOurs = await town.Reported();
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.GetAsync($"/api/v1/incidents/{notOurs}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync($"/api/v1/areas/{town.Code}/board")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.PostAsJsonAsync("/api/v1/incidents", town.AReport() with { GridCode = "320411101001-01" }, Wire.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync($"/api/v1/workers/{town.Handler.Id}")).StatusCode);
    }
}
