using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace GridActors.Tests.Open311;

/// <summary>Every refusal of the Open311 routes, in the spec's error list (never problem details), with
/// the status the spec gives it: 400 for a bad request, 403 for the key, 404 for what is not there. Each
/// is asked in XML and in JSON and must say the same.</summary>
[Collection(Open311Collection.Name)]
public class Open311ErrorTests(Open311GatewayFactory gateway)
{
    private const string Key = "api_key=dev-hotline-key";
    private const string Here = "jurisdiction_id=320412";
    private const string Report = Key + "&" + Here + "&service_code=environment.rubbish";
    private const string Point = "&lat=31.7005&long=119.9505";

    [Theory]
    [InlineData("POST", "requests", Here + "&service_code=environment.rubbish" + Point, 403, "api_key is required")]
    [InlineData("POST", "requests", "api_key=stolen&" + Here + "&service_code=environment.rubbish" + Point, 403, "api_key is not a key of this endpoint")]
    [InlineData("POST", "requests", Key + "&" + Here + Point, 400, "service_code is required")]
    [InlineData("POST", "requests", Key + "&" + Here + "&service_code=potholes" + Point, 404, "service_code 'potholes' is not a service of this endpoint")]
    [InlineData("POST", "requests", Key + "&service_code=environment.rubbish" + Point, 400, "jurisdiction_id is required: this endpoint serves 2 districts; give the district code, e.g. 320412")]
    [InlineData("POST", "requests", Key + "&jurisdiction_id=320400&service_code=environment.rubbish" + Point, 404, "jurisdiction_id '320400' is not a jurisdiction of this endpoint")]
    [InlineData("POST", "requests", Key + "&jurisdiction_id=320499&service_code=environment.rubbish" + Point, 403, "the api_key may not report or read in jurisdiction_id '320499'")]
    [InlineData("POST", "requests", Report, 400, "a location is required: lat and long, or address_id")]
    [InlineData("POST", "requests", Report + "&address_string=运河路 12 号", 400, "address_string alone cannot be placed on a grid here; add lat and long, or address_id (a grid code)")]
    [InlineData("POST", "requests", Report + "&lat=31.7005", 400, "lat and long are given together")]
    [InlineData("POST", "requests", Report + "&lat=131.7&long=119.95", 400, "lat and long are WGS-84 degrees: lat within ±90, long within ±180, e.g. lat=31.7005&long=119.9505")]
    [InlineData("POST", "requests", Report + Point + "&address_id=320412101001-01", 400, "give lat/long or address_id, not both: a report lies in one grid")]
    [InlineData("POST", "requests", Report + "&address_id=320412101001", 400, "address_id is a grid code, e.g. 320412101001-03")]
    [InlineData("POST", "requests", Report + "&address_id=320412101001-09", 400, "address_id: unknown grid 320412101001-09")]
    [InlineData("POST", "requests", Report + "&address_id=320499101001-01", 403, "hotline-12345 may not report in 320499101001-01")]
    [InlineData("POST", "requests", Report + Point + "&attribute[urgency]=Whenever", 400, "attribute[urgency] 'Whenever' is not one of Normal, Urgent, VeryUrgent")]
    [InlineData("POST", "requests", Report + Point + "&attribute[urgency][]=Urgent&attribute[urgency][]=Normal", 400, "attribute[urgency] takes one value")]
    [InlineData("POST", "requests", Report + Point + "&attribute[smell]=bad", 400, "attribute[smell] is not an attribute of this service; its attributes are: urgency")]
    [InlineData("POST", "requests", Key + "&" + Here + "&service_code=facilities.damaged" + Point + "&attribute[facility][]=street-light&attribute[facility][]=fountain", 400, "attribute[facility] 'fountain' is not one of street-light, manhole-cover, railing, bench, other")]
    [InlineData("POST", "requests", Report + Point + "&media_url=ftp://photos.example/1.jpg", 400, "media_url is an http(s) address of at most 500 characters")]
    [InlineData("GET", "requests", Here, 403, "api_key is required")]
    [InlineData("GET", "requests", Key + "&" + Here + "&status=pending", 400, "status 'pending' is open or closed")]
    [InlineData("GET", "requests", Key + "&" + Here + "&start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-01T00:00:00%2B08:00", 400, "start_date and end_date may be at most 90 days apart")]
    [InlineData("GET", "requests", Key + "&" + Here + "&start_date=2026-01-01", 400, "start_date is a W3C date-time with its offset, e.g. 2026-03-01T00:00:00+08:00")]
    [InlineData("GET", "requests", Key + "&" + Here + "&start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z", 400, "end_date must be later than start_date")]
    [InlineData("GET", "requests", Key + "&" + Here + "&service_code=potholes", 404, "service_code 'potholes' is not a service of this endpoint")]
    [InlineData("GET", "requests", Key, 400, "jurisdiction_id is required: this endpoint serves 2 districts; give the district code, e.g. 320412")]
    [InlineData("GET", "requests/inc-20261202-000000000000", Key + "&" + Here, 404, "no service request inc-20261202-000000000000")]
    [InlineData("GET", "requests/inc-20261202-000000000000", Here, 403, "api_key is required")]
    [InlineData("GET", "tokens/never-issued", Key + "&" + Here, 404, "no token never-issued")]
    [InlineData("GET", "services/potholes", Here, 404, "service_code 'potholes' is not a service of this endpoint")]
    [InlineData("GET", "services", "jurisdiction_id=320400", 404, "jurisdiction_id '320400' is not a jurisdiction of this endpoint")]
    [InlineData("GET", "services", "", 400, "jurisdiction_id is required: this endpoint serves 2 districts; give the district code, e.g. 320412")]
    public async Task A_refusal_is_the_specs_error_list_with_its_status_in_both_formats(string method, string resource, string fields, int status, string description)
    {
        var (xmlStatus, xml) = await Send(method, $"/open311/v2/{resource}.xml", fields);
        var (jsonStatus, json) = await Send(method, $"/open311/v2/{resource}.json", fields);

        Assert.Equal((status, status), (xmlStatus, jsonStatus));
        var error = Assert.Single(XDocument.Parse(xml).Root!.Elements("error"));
        Assert.Equal((status, description), ((int)error.Element("code")!, (string)error.Element("description")!));
        var jsonError = Assert.Single(JsonNode.Parse(json)!.AsArray())!;
        Assert.Equal((status, description), (jsonError["code"]!.GetValue<int>(), jsonError["description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_description_over_4000_characters_is_refused_and_one_of_4000_is_filed()
    {
        var (tooLongStatus, tooLong) = await Send("POST", "/open311/v2/requests.xml", Report + Point + "&description=" + new string('x', 4001));
        var (fitsStatus, _) = await Send("POST", "/open311/v2/requests.xml", Report + Point + "&description=" + new string('x', 4000));

        Assert.Equal((400, 201), (tooLongStatus, fitsStatus));
        Assert.Equal("description is longer than 4000 characters", (string?)XDocument.Parse(tooLong).Root!.Element("error")!.Element("description"));
    }

    [Fact]
    public async Task A_point_in_no_grid_is_refused_naming_lat_long()
    {
        var (status, xml) = await Send("POST", "/open311/v2/requests.xml", Report + "&lat=31.75&long=119.99");

        Assert.Equal(400, status);
        Assert.StartsWith("lat/long: not inside any grid", (string?)XDocument.Parse(xml).Root!.Element("error")!.Element("description"));
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_and_a_format_not_served_are_refused_in_the_specs_terms()
    {
        using var http = gateway.Http();
        var json = await http.PostAsync("/open311/v2/requests.xml", new StringContent("""{"service_code":"environment.rubbish"}""", Encoding.UTF8, "application/json"));
        var csv = await http.GetAsync("/open311/v2/services.csv?jurisdiction_id=320412");

        Assert.Equal(400, (int)json.StatusCode);
        Assert.Equal("send the request form-encoded: application/x-www-form-urlencoded",
            (string?)XDocument.Parse(await json.Content.ReadAsStringAsync()).Root!.Element("error")!.Element("description"));
        Assert.Equal(404, (int)csv.StatusCode);
        Assert.Equal("text/xml; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.Equal("no format 'csv': use xml or json", (string?)XDocument.Parse(await csv.Content.ReadAsStringAsync()).Root!.Element("error")!.Element("description"));
    }

    [Fact]
    public async Task An_Idempotency_Key_reused_for_another_report_is_refused()
    {
        var key = $"call-{Guid.NewGuid():N}";
        await gateway.Reported(idempotencyKey: key);
        var other = Open311GatewayFactory.Rubbish("另一件事");

        var response = await gateway.PostForm("/open311/v2/requests.xml", other, key);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal($"Idempotency-Key '{key}' was already used for a different report",
            (string?)XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("error")!.Element("description"));
    }

    private async Task<(int Status, string Body)> Send(string method, string path, string fields)
    {
        using var http = gateway.Http();
        using var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, fields.Length == 0 ? path : $"{path}?{fields}")
            : new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(Encoded(fields), Encoding.UTF8) };
        if (request.Content is not null) request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The fields as written above, each name and value percent-encoded as a form would send them.</summary>
    private static string Encoded(string fields) => string.Join("&", fields.Split('&').Select(pair => pair.Split('=', 2)).Select(p =>
        $"{Uri.EscapeDataString(Uri.UnescapeDataString(p[0]))}={Uri.EscapeDataString(Uri.UnescapeDataString(p[1]))}"));
}
