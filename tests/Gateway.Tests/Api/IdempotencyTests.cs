using System.Net;
using System.Net.Http.Json;
using GridActors.Gateway.Incidents;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Api;

[Collection(GatewayCollection.Name)]
public class IdempotencyTests(GatewayFactory gateway)
{
    [Fact]
    public async Task Twenty_concurrent_reports_with_one_Idempotency_Key_create_exactly_one_incident()
    {
        var town = await Town.Create(gateway);
        using var http = gateway.As(town.Operator);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = JsonContent.Create(town.AReport(), options: Wire.Options) };
            request.Headers.Add(CommandKeys.Header, "hotline-call-20261127-0001");
            return http.SendAsync(request);
        }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id));
        Assert.Single(ids.Distinct());
        var board = (await http.GetFromJsonAsync<AreaBoard>($"/api/v1/areas/{town.Code}/board", Wire.Options))!;
        Assert.Equal([ids[0]], board.Open.Select(c => c.Id));
    }

    [Fact]
    public async Task A_key_reused_for_a_different_report_is_refused()
    {
        var town = await Town.Create(gateway);
        using var http = gateway.As(town.Operator);
        async Task<HttpResponseMessage> Send(Report report)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = JsonContent.Create(report, options: Wire.Options) };
            request.Headers.Add(CommandKeys.Header, "reused");
            return await http.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.Created, (await Send(town.AReport("First"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Send(town.AReport("Second"))).StatusCode);
    }

    [Fact]
    public async Task A_retried_command_with_its_key_is_applied_once()
    {
        var town = await Town.Create(gateway);
        var id = await town.Dispatched();
        using var http = gateway.As(town.Supervisor);
        async Task<IncidentView> Supervise()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{id}/supervise") { Content = JsonContent.Create(new { notice = "today" }) };
            request.Headers.Add(CommandKeys.Header, "notice-1");
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
        }

        var first = await Supervise();
        var again = await Supervise();

        Assert.Equal((4L, 1), (first.Version, first.SupervisionCount));
        Assert.Equal((4L, 1), (again.Version, again.SupervisionCount));
    }
}
