using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Gateway.Auth;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Territory;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Api;

[Collection(GatewayCollection.Name)]
public class DuplicatesOverHttpTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_hotline_report_of_the_same_heap_is_flagged_merged_by_the_operator_and_the_hotline_then_reads_the_case()
    {
        var town = await Town.Create(gateway);
        await using var board = gateway.Hub("/hubs/board", town.Operator);
        var changes = new Recorder<IncidentSummary>(board, "incidentChanged");
        await board.StartAsync();
        await board.InvokeAsync<AreaBoard>("WatchArea", town.Code);
        var open = await town.Dispatched();
        using var hotline = gateway.WithApiKey(AuthSettings.DevelopmentApiKey);
        var call = town.AReport("路边垃圾又堆起来了") with { Source = IncidentSource.Hotline12345, Location = new GeoPoint(31.7002, 119.95) };
        var created = await hotline.PostAsJsonAsync("/api/v1/incidents", call, Wire.Options);
        var duplicate = (await created.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
        // The hotline may not read the open case, so it is not told its id; the town's operator is.
        Assert.Equal([], duplicate.LikelyDuplicateOf);
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.GetAsync($"/api/v1/incidents/{open}")).StatusCode);
        await changes.WaitFor(c => c.Any(s => s.Id == duplicate.Id));
        Assert.Equal([open], changes.Received.Single(s => s.Id == duplicate.Id).LikelyDuplicateOf);
        using (var townOperator = gateway.As(town.Operator))
            Assert.Equal([open], (await townOperator.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{duplicate.Id}", Wire.Options))!.LikelyDuplicateOf);

        using var op = gateway.As(town.Operator);
        HttpRequestMessage Merge(string into)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{duplicate.Id}/merge") { Content = JsonContent.Create(new { into }) };
            request.Headers.Add("Idempotency-Key", $"merge-{into}");
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
            return request;
        }
        var unknown = await op.SendAsync(Merge("no-such-case"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull(JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["errors"]!["into"]);
        var merged = await op.SendAsync(Merge(open));
        var retried = await op.SendAsync(Merge(open));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, "\"2\""), (merged.StatusCode, retried.StatusCode, retried.Headers.ETag!.Tag));
        var view = (await merged.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
        Assert.Equal((IncidentStatus.Merged, open), (view.Status, view.MergedInto));
        var target = (await hotline.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{open}", Wire.Options))!;
        Assert.Equal([town.Reporter.Id, "hotline-12345"], target.Reporters!.Select(r => r.Id));
        Assert.Equal((EventKind.ReportersAdded, 4L), (target.History[^1].Kind, target.Version));
        await changes.WaitFor(c => c.Any(s => s.Id == open && s.Version == 4) && c.Any(s => s.Id == duplicate.Id && s.Status == IncidentStatus.Merged));
        Assert.Equal(open, changes.Received.Last(s => s.Id == duplicate.Id).MergedInto);
    }

    [Fact]
    public async Task A_worker_whose_report_is_merged_is_told_on_the_app_which_case_it_joined()
    {
        var town = await Town.Create(gateway);
        var open = await town.Dispatched();
        await using var app = gateway.Hub("/hubs/worker", town.Handler);
        var told = new Recorder<ReportMerged>(app, "reportMerged");
        await app.StartAsync();
        using var worker = gateway.As(town.Handler);
        var created = await worker.PostAsJsonAsync("/api/v1/incidents", town.AReport("又见垃圾") with { Location = new GeoPoint(31.7001, 119.95) }, Wire.Options);
        var duplicate = (await created.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!;
        Assert.Equal([open], duplicate.LikelyDuplicateOf);

        using var op = gateway.As(town.Operator);
        var merged = await op.PostAsJsonAsync($"/api/v1/incidents/{duplicate.Id}/merge", new { into = open }, Wire.Options);

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        await told.WaitFor(t => t.Any(m => m.ReportId == duplicate.Id));
        Assert.Equal(new ReportMerged(town.Handler.Id, duplicate.Id, open), Assert.Single(told.Received));
    }
}
