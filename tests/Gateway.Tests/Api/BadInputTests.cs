using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Gateway.Incidents;
using GridActors.Incidents;
using GridActors.Territory;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Api;

/// <summary>Bad input is refused with a problem that names the field, and leaves no trace: nothing
/// stored, nothing pushed.</summary>
[Collection(GatewayCollection.Name)]
public class BadInputTests(GatewayFactory gateway)
{
    private const string Good = """{"source":"Hotline12345","category":"environment.rubbish","urgency":"Normal","title":"Heap","gridCode":"GRID","location":{"latitude":31.7,"longitude":119.95}}""";

    public static TheoryData<string, string, string> BadReports() => new()
    {
        { "malformed JSON", "{not json", "body" },
        { "truncated JSON", """{"source":"Hotline12345", "title": """, "title" },
        { "missing field", Without("category"), "category" },
        { "missing title", Without("title"), "title" },
        { "wrong type", With("urgency", 3), "urgency" },
        { "wrong type inside", With("location", new JsonObject { ["latitude"] = "north", ["longitude"] = 119.95 }), "location.latitude" },
        { "unknown enum", With("source", "Pigeon"), "source" },
        { "latitude out of range", With("location", new JsonObject { ["latitude"] = 95, ["longitude"] = 119.95 }), "location" },
        { "longitude out of range", With("location", new JsonObject { ["latitude"] = 31.7, ["longitude"] = 181 }), "location" },
        { "unknown category", With("category", "environment.unicorns"), "category" },
        { "unknown grid", With("gridCode", "GRID9"), "gridCode" },
        { "not a grid code", With("gridCode", "Wujin"), "gridCode" },
        { "oversized title", With("title", new string('长', 201)), "title" },
        { "oversized description", With("description", new string('x', 4001)), "description" },
        { "null where text is required", With("title", null), "title" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task A_bad_report_is_a_problem_naming_the_field_and_nothing_is_stored_or_pushed(string what, string json, string field)
    {
        var town = await Town.Create(gateway);
        await using var board = gateway.Hub("/hubs/board", town.Operator);
        var changes = new Recorder<IncidentSummary>(board, "incidentChanged");
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", town.Code);
        using var http = gateway.As(town.Operator);
        var key = $"bad-{Guid.NewGuid():N}";

        var response = await http.SendAsync(Post(json.Replace("GRID", town.Grid), key));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(problem["errors"]![field] is not null, $"{what}: {problem.ToJsonString()}");
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/incidents/{CommandKeys.IncidentIdFor(town.Operator, key)}")).StatusCode);

        // Events leave in publish order: had the bad report pushed anything, it would come first.
        var good = await http.SendAsync(Post(Good.Replace("GRID", town.Grid), $"good-{key}"));
        var id = (await good.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id;
        await changes.WaitFor(c => c.Any(s => s.Id == id));
        Assert.All(changes.Received, s => Assert.Equal(id, s.Id));
        Assert.Equal(1, (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{town.Code}/board", Wire.Options))!.Counts.Open);
    }

    [Theory]
    [InlineData("\"seven\"")]
    [InlineData("\"1\", \"2\"")]
    public async Task A_malformed_If_Match_is_a_problem_naming_the_header(string ifMatch)
    {
        var town = await Town.Create(gateway);
        var id = await town.Reported();
        using var http = gateway.As(town.Operator);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{id}/file") { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["If-Match"]);
        Assert.Equal(1L, (await http.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!.Version);
    }

    [Fact]
    public async Task A_command_with_bad_input_names_the_field_and_changes_nothing()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        using var http = gateway.As(town.Operator);

        var response = await http.PostAsJsonAsync($"/api/v1/incidents/{id}/escalate", new { level = "Village", handler = "320412999001", reason = "needs the village" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["handler"]);
        Assert.Equal(3L, (await http.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!.Version);
    }

    [Fact]
    public async Task A_command_not_allowed_in_the_case_s_state_is_a_409_with_the_reason()
    {
        var town = await Town.Create(gateway);
        var id = await town.Reported();
        using var http = gateway.As(town.Operator);

        var response = await http.PostAsJsonAsync($"/api/v1/incidents/{id}/close", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("cannot close a case that is Reported", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
    }

    private static HttpRequestMessage Post(string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(CommandKeys.Header, key);
        return request;
    }

    private static string Without(string field)
    {
        var body = JsonNode.Parse(Good)!.AsObject();
        body.Remove(field);
        return body.ToJsonString();
    }

    private static string With(string field, JsonNode? value)
    {
        var body = JsonNode.Parse(Good)!.AsObject();
        body[field] = value;
        return body.ToJsonString();
    }
}
