using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using GridActors.Incidents;
using GridActors.Tests.Api;
using static GridActors.Tests.Open311.Open311GatewayFactory;

namespace GridActors.Tests.Open311;

/// <summary>Reports in form encoding and the reads of them, over real HTTP, in both formats.</summary>
[Collection(Open311Collection.Name)]
public class Open311RequestTests(Open311GatewayFactory gateway)
{
    private const string Scope = "api_key=" + Key + "&jurisdiction_id=" + District;

    [Fact]
    public async Task A_form_encoded_report_with_attributes_becomes_a_case_routed_to_the_grid_of_its_point()
    {
        var response = await gateway.PostForm("/open311/v2/requests.xml", Rubbish());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("service_requests", answer.Name.LocalName);
        var request = Assert.Single(answer.Elements("request"));
        var id = (string)request.Element("service_request_id")!;
        Assert.False(string.IsNullOrEmpty((string?)request.Element("token")));

        using var operatorHttp = gateway.Http(Operator);
        var view = (await operatorHttp.GetFromJsonAsync<IncidentView>($"/api/v1/incidents/{id}", Wire.Options))!;
        Assert.Equal((IncidentSource.Hotline12345, "environment.rubbish", Urgency.Urgent, "河边堆了垃圾", Grid, "运河路 12 号"),
            (view.Source, view.Category, view.Urgency, view.Title, view.GridCode, view.Address));
        Assert.Equal("河边堆了垃圾\nSeen from the bridge\n\nmedia_url: https://photos.example/rubbish.jpg", view.Description);
        Assert.Equal(("hotline-12345", InGrid), (view.Reporter.Id, view.Location));
    }

    [Fact]
    public async Task The_answers_to_a_categorys_own_list_question_come_as_attribute_code_brackets_and_are_kept_in_the_description()
    {
        List<KeyValuePair<string, string>> fields =
        [
            .. Rubbish("路灯和护栏都坏了").Where(f => f.Key is not ("service_code" or "media_url")),
            new("service_code", "facilities.damaged"),
            new("attribute[facility][]", "street-light"),
            new("attribute[facility][]", "railing"),
        ];

        var (id, _) = await gateway.Reported(fields);

        var (_, json) = await gateway.GetJson($"/open311/v2/requests/{id}.json?{Scope}");
        var request = Assert.Single(json.AsArray())!;
        Assert.Equal(("facilities.damaged", "路灯和护栏都坏了\n\n损坏的设施 Damaged facilities: 路灯 Street light, 护栏 Railing"),
            ((string?)request["service_code"], (string?)request["description"]));
    }

    [Fact]
    public async Task A_report_in_JSON_is_answered_as_an_array_of_one_with_the_id_as_a_string()
    {
        var response = await gateway.PostForm("/open311/v2/requests.json", Rubbish());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var request = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray())!;
        Assert.StartsWith("inc-", request["service_request_id"]!.GetValue<string>());
        Assert.Null(request["service_notice"]);
        Assert.Equal(["service_request_id", "token", "service_notice", "account_id"], request.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task A_request_read_by_id_tells_its_status_agency_times_and_place_alike_in_both_formats()
    {
        var (id, _) = await gateway.Reported();
        using var raw = gateway.CreateClient();
        Assert.Contains("\"service_name\":\"暴露垃圾\"", await raw.GetStringAsync($"/open311/v2/requests/{id}.json?{Scope}"));

        var (status, xml) = await gateway.GetXml($"/open311/v2/requests/{id}.xml?{Scope}");
        var (_, json) = await gateway.GetJson($"/open311/v2/requests/{id}.json?{Scope}");

        Assert.Equal(200, status);
        var request = Assert.Single(xml.Root!.Elements("request"));
        Assert.Equal(
            ["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
             "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"],
            request.Elements().Select(e => e.Name.LocalName));
        Assert.Equal((id, "open", "Reported (上报)", "暴露垃圾", "environment.rubbish", $"District {District}", Grid, "运河路 12 号"),
            ((string)request.Element("service_request_id")!, (string)request.Element("status")!, (string)request.Element("status_notes")!,
             (string)request.Element("service_name")!, (string)request.Element("service_code")!, (string)request.Element("agency_responsible")!,
             (string)request.Element("address_id")!, (string)request.Element("address")!));
        Assert.Equal((InGrid.Latitude, InGrid.Longitude), ((double)request.Element("lat")!, (double)request.Element("long")!));
        Assert.EndsWith("+08:00", (string)request.Element("requested_datetime")!);
        // The case's clock starts when it is filed: no expected time yet, an empty element (null in JSON).
        Assert.True(request.Element("expected_datetime")!.IsEmpty);
        Assert.True(request.Element("zipcode")!.IsEmpty);

        var mirrored = Assert.Single(json.AsArray())!.AsObject();
        Assert.Equal(request.Elements().Select(e => e.Name.LocalName), mirrored.Select(p => p.Key));
        foreach (var element in request.Elements().Where(e => e.Name.LocalName is not ("lat" or "long")))
            Assert.Equal(element.IsEmpty ? null : element.Value, (string?)mirrored[element.Name.LocalName]);
        Assert.Equal((InGrid.Latitude, InGrid.Longitude), (mirrored["lat"]!.GetValue<double>(), mirrored["long"]!.GetValue<double>()));
    }

    [Fact]
    public async Task Requests_are_listed_by_service_status_and_dates_and_a_list_of_ids_overrides_the_filters()
    {
        var (rubbish, _) = await gateway.Reported();
        var damaged = Rubbish("路灯坏了");
        damaged[damaged.FindIndex(f => f.Key == "service_code")] = new("service_code", "facilities.damaged");
        var (lamp, _) = await gateway.Reported(damaged);

        var (_, byService) = await gateway.GetXml($"/open311/v2/requests.xml?{Scope}&service_code=environment.rubbish&status=open");
        var listed = byService.Root!.Elements("request").Select(r => (string)r.Element("service_request_id")!).ToList();
        Assert.Contains(rubbish, listed);
        Assert.DoesNotContain(lamp, listed);
        Assert.All(byService.Root.Elements("request"), r => Assert.Equal(("environment.rubbish", "open"), ((string)r.Element("service_code")!, (string)r.Element("status")!)));

        // A list reads the case rows and a read by id the case file: both tell the same.
        var (_, byId) = await gateway.GetXml($"/open311/v2/requests/{rubbish}.xml?{Scope}");
        Assert.True(XNode.DeepEquals(byId.Root!.Element("request"), byService.Root.Elements("request").Single(r => (string)r.Element("service_request_id")! == rubbish)));

        var (_, closed) = await gateway.GetXml($"/open311/v2/requests.xml?{Scope}&status=closed");
        Assert.DoesNotContain(closed.Root!.Elements("request"), r => (string)r.Element("service_request_id")! is var id && (id == rubbish || id == lamp));

        var before = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-30).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        var after = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        var (_, inSpan) = await gateway.GetJson($"/open311/v2/requests.json?{Scope}&start_date={before}&end_date={after}");
        Assert.Contains(inSpan.AsArray(), r => (string?)r!["service_request_id"] == lamp);
        var (_, beforeSpan) = await gateway.GetJson($"/open311/v2/requests.json?{Scope}&end_date={before}");
        Assert.Empty(beforeSpan.AsArray());

        var (_, byIds) = await gateway.GetJson($"/open311/v2/requests.json?{Scope}&service_request_id={rubbish},{lamp}&service_code=environment.road-cleaning&status=closed");
        Assert.Equal(new[] { rubbish, lamp }.Order(), byIds.AsArray().Select(r => (string?)r!["service_request_id"]).Order());
    }

    [Fact]
    public async Task The_token_finds_the_case_and_a_retry_with_the_same_Idempotency_Key_files_nothing_new()
    {
        var key = $"hotline-call-{Guid.NewGuid():N}";
        var (id, token) = await gateway.Reported(idempotencyKey: key);
        var retry = await gateway.PostForm("/open311/v2/requests.xml", Rubbish(), key);

        Assert.Equal(key, token);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (string?)XDocument.Parse(await retry.Content.ReadAsStringAsync()).Root!.Element("request")!.Element("service_request_id"));
        var (status, xml) = await gateway.GetXml($"/open311/v2/tokens/{token}.xml?{Scope}");
        Assert.Equal(200, status);
        var found = Assert.Single(xml.Root!.Elements("request"));
        Assert.Equal((id, token), ((string)found.Element("service_request_id")!, (string)found.Element("token")!));
        var (_, json) = await gateway.GetJson($"/open311/v2/tokens/{token}.json?{Scope}");
        Assert.Equal(id, (string?)Assert.Single(json.AsArray())!["service_request_id"]);
    }

    [Fact]
    public async Task A_report_placed_by_address_id_goes_to_that_grid_and_reads_back_without_a_position()
    {
        List<KeyValuePair<string, string>> fields = [.. Rubbish().Where(f => f.Key is not ("lat" or "long")), new("address_id", OtherGrid)];

        var (id, _) = await gateway.Reported(fields);

        var (_, json) = await gateway.GetJson($"/open311/v2/requests/{id}.json?{Scope}");
        var request = Assert.Single(json.AsArray())!;
        Assert.Equal((OtherGrid, null, null), ((string?)request["address_id"], request["lat"], request["long"]));
    }

    [Fact]
    public async Task The_key_may_come_in_the_X_Api_Key_header_instead_of_the_api_key_field()
    {
        var (id, _) = await gateway.Reported([.. Rubbish().Where(f => f.Key != "api_key")], apiKeyHeader: Key);

        using var http = gateway.Http();
        http.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var response = await http.GetAsync($"/open311/v2/requests/{id}.xml?jurisdiction_id={District}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (string?)XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("request")!.Element("service_request_id"));
    }

    [Fact]
    public async Task The_key_reads_only_its_own_reports_and_another_callers_case_is_answered_as_missing()
    {
        using var operatorHttp = gateway.Http(Operator);
        var created = await operatorHttp.PostAsJsonAsync("/api/v1/incidents",
            new Report(IncidentSource.Patrol, "environment.rubbish", Urgency.Normal, "巡查发现垃圾", Grid), Wire.Options);
        var theirs = (await created.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id;

        var (status, xml) = await gateway.GetXml($"/open311/v2/requests/{theirs}.xml?{Scope}");
        var (_, list) = await gateway.GetXml($"/open311/v2/requests.xml?{Scope}&service_request_id={theirs}");
        var (_, all) = await gateway.GetXml($"/open311/v2/requests.xml?{Scope}");

        Assert.Equal(404, status);
        Assert.Equal($"no service request {theirs}", (string?)xml.Root!.Element("error")!.Element("description"));
        Assert.Empty(list.Root!.Elements("request"));
        Assert.DoesNotContain(all.Root!.Elements("request"), r => (string)r.Element("service_request_id")! == theirs);
    }
}
