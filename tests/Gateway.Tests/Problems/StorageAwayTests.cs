using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Gateway.Incidents;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Api;

namespace GridActors.Tests.Problems;

/// <summary>What a client sees while the database is away: a 503 it can act on, not a 500, and the
/// same request sent again once the database is back is applied once.</summary>
public class StorageAwayTests(StorageAwayGateway gateway) : IClassFixture<StorageAwayGateway>
{
    [Fact]
    public async Task A_report_while_the_database_is_stopped_is_a_503_with_Retry_After_and_its_retry_is_applied_once()
    {
        var town = await Town.Create(gateway);
        using var http = gateway.As(town.Operator);
        Assert.Equal(HttpStatusCode.Created, (await Report(http, town, "before")).StatusCode);

        await gateway.Database.StopAsync();
        var clock = Stopwatch.StartNew();
        using var refused = await Report(http, town, "during");
        var waited = clock.Elapsed;
        await gateway.Database.StartAgainAsync();

        Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable,
            $"{(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}\n{string.Join('\n', gateway.Logs.Lines.Where(l => l.Exception is not null).Select(l => $"{l.Category}: {l.Exception}").Take(2))}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.Headers.RetryAfter?.Delta);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Equal("Unavailable", problem["code"]!.GetValue<string>());
        Assert.True(waited < TimeSpan.FromSeconds(10), $"the 503 came after {waited.TotalSeconds:0.0} s");

        using var retried = await Report(http, town, "during");
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        using var again = await Report(http, town, "during");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var board = (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{town.Code}/board", Wire.Options))!;
        Assert.Equal(["before", "during"], board.Open.Select(c => c.Title).Order(StringComparer.Ordinal));
    }

    private static Task<HttpResponseMessage> Report(HttpClient http, Town town, string title)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = JsonContent.Create(town.AReport(title), options: Wire.Options) };
        request.Headers.Add(CommandKeys.Header, $"call-{town.Code}-{title}");
        return http.SendAsync(request);
    }
}
