using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Tests.Assessment;

/// <summary>互评 over HTTP: after closing, the grid's worker scores the department that resolved the
/// case and the department scores the grid, once each; nobody else, and not before the case is closed.</summary>
[Collection(GatewayCollection.Name)]
public sealed class MutualEvaluationTests(GatewayFactory gateway)
{
    private static object Score(int score, string? note = "quick and tidy") => new { score, note };

    private async Task<HttpResponseMessage> Evaluate(string id, Actor by, object body)
    {
        using var http = gateway.As(by);
        return await http.PostAsJsonAsync($"/api/v1/incidents/{id}/mutual-evaluation", body);
    }

    private async Task Refused(string id, Actor by, HttpStatusCode status, string? code = null, object? body = null)
    {
        var response = await Evaluate(id, by, body ?? Score(4));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(status == response.StatusCode, $"{by.Id}: {(int)response.StatusCode} {problem.ToJsonString()}");
        if (code is not null) Assert.Equal(code, (string)problem["code"]!);
    }

    /// <summary>Dispatched to the grid's handler, escalated to the town's police desk, resolved by it.</summary>
    private static async Task<string> ResolvedByPolice(Town town, Actor police)
    {
        var id = await town.Dispatched();
        await town.Do(id, "escalate", town.Operator, new { level = "Department", handler = police.Scope, reason = "a fight in the street" });
        await town.Do(id, "accept", police);
        await town.Do(id, "resolve", police, new { result = "dispersed" });
        return id;
    }

    [Fact]
    public async Task Each_party_of_a_closed_case_evaluates_the_other_once_and_anyone_else_is_refused()
    {
        var town = await Town.Create(gateway);
        var police = new Actor($"desk-{town.Code}", Role.Department, $"police-{town.Code}");
        var id = await ResolvedByPolice(town, police);

        // Not yet closed: the grid's worker may not evaluate.
        await Refused(id, town.Reporter, HttpStatusCode.Conflict, "WrongState");
        await town.Do(id, "verify", town.Reporter);
        await town.Do(id, "close", town.Operator);

        // Closed: the command centre reads the case but is no party; another department and a worker
        // of another grid read nothing of it, so hear what a missing case answers.
        await Refused(id, town.Operator, HttpStatusCode.Forbidden, "NotPermitted");
        await Refused(id, new Actor("desk-gas", Role.Department, $"gas-{town.Code}"), HttpStatusCode.NotFound, "NotFound");
        await Refused(id, new Actor("w-elsewhere", Role.Worker, "320412999001-01"), HttpStatusCode.NotFound, "NotFound");
        await Refused(id, town.Handler, HttpStatusCode.BadRequest, body: Score(6));

        // The grid's side: a worker of the grid scores the police; the reporting worker is the same
        // side, so is refused after.
        Assert.Equal(HttpStatusCode.OK, (await Evaluate(id, town.Handler, Score(4))).StatusCode);
        await Refused(id, town.Reporter, HttpStatusCode.Conflict, "Conflict");
        // The department's side, once.
        Assert.Equal(HttpStatusCode.OK, (await Evaluate(id, police, Score(2, "the grid sent it late"))).StatusCode);
        await Refused(id, police, HttpStatusCode.Conflict, "Conflict");

        using var http = gateway.As(town.Operator);
        var events = (await http.GetFromJsonAsync<JsonArray>($"/api/v1/incidents/{id}/events"))!
            .Where(e => (string)e!["type"]! == "case.mutually-evaluated.v1")
            .Select(e => ((string)e!["actor"]!["id"]!, (string)e["data"]!["side"]!, (int)e["data"]!["score"]!))
            .ToList();
        Assert.Equal([(town.Handler.Id, "Grid", 4), (police.Id, "Department", 2)], events);
    }

    [Fact]
    public async Task A_case_no_department_resolved_has_no_other_party_to_evaluate()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        await town.Do(id, "accept", town.Handler);
        await town.Do(id, "resolve", town.Handler, new { result = "cleared" });
        await town.Do(id, "verify", town.Reporter);
        await town.Do(id, "close", town.Operator);

        await Refused(id, town.Handler, HttpStatusCode.Conflict, "Conflict");
        await Refused(id, town.Police, HttpStatusCode.NotFound, "NotFound");
    }
}
