using System.Net;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Tests.Lists;

/// <summary><c>GET /api/v1/incidents</c> over HTTP: each filter, the order, and paging by cursor.</summary>
[Collection(GatewayCollection.Name)]
public class CaseListTests(GatewayFactory gateway)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Five cases each filter tells apart, in towns 001 (villages 001, 002) and 002.</summary>
    private async Task<(string District, HttpClient Admin)> FiveCases()
    {
        var d = CaseStore.NewDistrict();
        var now = DateTimeOffset.UtcNow;
        string Grid(string townVillage) => $"{d}{townVillage}-01";
        await gateway.PutAsync(
            CaseRows.New(d + "a", Grid("001001"), T0) with { Title = "Broken STREETLIGHT" },
            CaseRows.New(d + "b", Grid("002001"), T0.AddHours(1)) with
            {
                Status = IncidentStatus.Filed, Source = IncidentSource.Hotline12345, Category = "roads.pothole",
                Urgency = Urgency.Urgent, Description = "A deep pothole by the school", RedAt = now.AddDays(1), YellowAt = now.AddHours(12),
            },
            CaseRows.New(d + "c", Grid("001001"), T0.AddHours(2)) with
            {
                Status = IncidentStatus.Dispatched, Urgency = Urgency.VeryUrgent, Level = HandlingLevel.Grid, Handler = $"w-{d}",
                RedAt = now.AddDays(-1), YellowAt = now.AddDays(-2), DueAt = T0.AddDays(3),
            },
            CaseRows.New(d + "d", Grid("001001"), T0.AddHours(3)) with
            {
                Status = IncidentStatus.Closed, Level = HandlingLevel.Town, Handler = d + "001", ClosedAt = T0.AddHours(5),
                RedAt = now.AddDays(1), YellowAt = now.AddDays(-1), DueAt = T0.AddDays(1), Latitude = 31.7, Longitude = 119.95, Address = "运河路 1 号",
            },
            CaseRows.New(d + "e", Grid("001002"), T0.AddHours(4)) with
            {
                Status = IncidentStatus.Deferred, RedAt = T0.AddHours(6), YellowAt = T0.AddHours(5), StoppedAt = T0.AddHours(4),
                UpdatedAt = T0.AddDays(9),
            });
        return (d, gateway.As(new Actor("admin", Role.Admin, d)));
    }

    public static TheoryData<string, string> Filters() => new()
    {
        { "", "abcde" },
        { "area={d}001", "acde" },
        { "area={d}001002", "e" },
        { "area={d}001001-01", "acd" },
        { "status=Filed&status=closed", "bd" },
        { "status=Filed,Closed,Deferred", "bde" },
        { "light=red", "c" },
        { "light=Yellow", "d" },
        { "light=green", "abe" },
        { "light=red,yellow", "cd" },
        { "category=roads.pothole", "b" },
        { "urgency=VeryUrgent", "c" },
        { "urgency=Urgent,VeryUrgent", "bc" },
        { "level=Town", "d" },
        { "handler=w-{d}", "c" },
        { "source=Hotline12345", "b" },
        { "reportedFrom=2026-03-02T10:00:00%2B08:00&reportedTo=2026-03-02T04:00:00Z", "bc" },
        { "closedFrom=2026-03-02T06:00:00Z&closedTo=2026-03-02T07:00:00Z", "d" },
        { "closedTo=2026-03-02T06:00:00Z", "" },
        { "q=pothole", "b" },
        { "q=streetlight", "a" },
        { "area={d}001&light=red&urgency=VeryUrgent", "c" },
        { "sort=reportedAt:desc", "edcba" },
        { "sort=closedAt", "dabce" },
        { "sort=dueAt:asc", "dcabe" },
        { "sort=updatedAt:desc", "edcba" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_and_order_lists_exactly_the_cases_it_names(string query, string expected)
    {
        var (d, admin) = await FiveCases();
        // Unsorted lists are asked oldest first, so the expected letters read in report order.
        var sorted = query.Contains("sort=", StringComparison.Ordinal) ? query : query + "&sort=reportedAt:asc";

        var list = await admin.List("?" + sorted.Replace("{d}", d, StringComparison.Ordinal));

        Assert.Equal(expected, string.Concat(list.Ids().Select(id => id[^1])));
        Assert.Null(list["next"]);
        Assert.Null(list["total"]);
    }

    [Fact]
    public async Task An_item_carries_what_a_table_and_a_map_show_with_its_light_at_the_time_of_the_request()
    {
        var (d, admin) = await FiveCases();

        var item = (await admin.List($"?area={d}001001-01&status=Closed"))["items"]![0]!.AsObject();

        Assert.Equal(d + "d", (string)item["id"]!);
        Assert.Equal("Closed", (string)item["status"]!);
        Assert.Equal("Yellow", (string)item["light"]!);
        Assert.Equal("Town", (string)item["level"]!);
        Assert.Equal(d + "001", (string)item["handler"]!);
        Assert.Equal($"{d}001001-01", (string)item["gridCode"]!);
        Assert.Equal($"{d}001001", (string)item["villageCode"]!);
        Assert.Equal($"{d}001", (string)item["townCode"]!);
        Assert.Equal(d, (string)item["districtCode"]!);
        Assert.Equal("2026-03-02T12:00:00+08:00", (string)item["reportedAt"]!);
        Assert.Equal("2026-03-02T14:00:00+08:00", (string)item["closedAt"]!);
        Assert.Equal(31.7, (double)item["location"]!["latitude"]!);
        Assert.Equal("运河路 1 号", (string)item["address"]!);
    }

    [Fact]
    public async Task A_count_is_given_when_asked_and_counts_the_whole_list()
    {
        var (d, admin) = await FiveCases();

        var list = await admin.List($"?area={d}001&limit=2&count=true");

        Assert.Equal(2, list.Ids().Count());
        Assert.Equal(4, (long)list["total"]!);
        Assert.NotNull(list["next"]);
    }

    [Fact]
    public async Task Paging_through_a_thousand_cases_that_keep_changing_lists_each_once_in_order()
    {
        var d = CaseStore.NewDistrict();
        var grid = $"{d}001001-01";
        // Three cases to each instant, so ties go by id.
        var rows = Enumerable.Range(0, 1000).Select(i => CaseRows.New($"{d}c{i:D4}", grid, T0.AddMinutes(i / 3))).ToList();
        await gateway.PutAsync(rows);
        using var op = gateway.As(new Actor($"op-{d}", Role.Operator, d));

        var random = new Random(3);
        var seen = new List<string>();
        var pages = 0;
        for (var path = "?sort=reportedAt:asc&limit=71"; ;)
        {
            var list = await op.List(path);
            seen.AddRange(list.Ids());
            pages++;
            if (list["next"] is not JsonValue next) break;
            path = $"?sort=reportedAt:asc&limit=71&cursor={Uri.EscapeDataString((string)next!)}";
            // Cases before, on and after the next page change all but their report time.
            await gateway.PutAsync(Enumerable.Range(0, 25).Select(_ => rows[random.Next(rows.Count)]).DistinctBy(r => r.Id)
                .Select(r => r with { Version = r.Version + pages, Status = IncidentStatus.Dispatched, UpdatedAt = T0.AddDays(2).AddSeconds(pages) }));
        }

        Assert.Equal(15, pages);
        Assert.Equal(rows.Select(r => r.Id), seen);
    }

    [Fact]
    public async Task An_edited_cursor_or_one_of_another_order_is_refused_naming_the_cursor()
    {
        var (d, admin) = await FiveCases();
        var next = (string)(await admin.List($"?area={d}&limit=2"))["next"]!;
        var edited = (next[0] == 'A' ? 'B' : 'A') + next[1..];

        await AssertRefused(admin, $"?area={d}&limit=2&cursor={Uri.EscapeDataString(edited)}", "cursor");
        await AssertRefused(admin, $"?area={d}&limit=2&sort=closedAt&cursor={Uri.EscapeDataString(next)}", "cursor");
        Assert.Equal(2, (await admin.List($"?area={d}&limit=2&cursor={Uri.EscapeDataString(next)}")).Ids().Count());
    }

    public static TheoryData<string, string> BadParameters() => new()
    {
        { "area=Wujin", "area" },
        { "area=1234", "area" },
        { "status=Open", "status" },
        { "status=Filed,3", "status" },
        { "light=blue", "light" },
        { "urgency=Whenever", "urgency" },
        { "level=Province", "level" },
        { "source=Pigeon", "source" },
        { "reportedFrom=yesterday", "reportedFrom" },
        { "reportedTo=2026-13-01", "reportedTo" },
        { "closedFrom=soon", "closedFrom" },
        { "closedFrom=March 1 2026", "closedFrom" },
        { "reportedFrom=03/01/2026", "reportedFrom" },
        { "closedTo=later", "closedTo" },
        { "reportedFrom=2026-03-02T00:00:00Z&reportedTo=2026-03-01T00:00:00Z", "reportedTo" },
        { "sort=title", "sort" },
        { "sort=reportedAt:up", "sort" },
        { "limit=0", "limit" },
        { "limit=201", "limit" },
        { "limit=ten", "limit" },
        { "count=maybe", "count" },
        { "cursor=nonsense", "cursor" },
        { "q=" + new string('长', 201), "q" },
        { "category=", "category" },
        { "handler=a&handler=b", "handler" },
        { "stauts=Filed", "stauts" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task A_bad_parameter_is_a_problem_naming_it(string query, string parameter)
    {
        using var admin = gateway.As(new Actor("admin", Role.Admin, "320412"));

        await AssertRefused(admin, "?" + query, parameter);
    }

    [Fact]
    public async Task The_OpenAPI_document_names_every_parameter_and_both_answers()
    {
        using var anonymous = gateway.As(null);
        var list = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!["paths"]!["/api/v1/incidents"]!["get"]!;

        Assert.Equal(
            ["area", "status", "light", "category", "urgency", "level", "handler", "source", "reportedFrom", "reportedTo",
             "closedFrom", "closedTo", "q", "sort", "cursor", "limit", "count"],
            list["parameters"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.All(list["parameters"]!.AsArray(), p => Assert.Equal("query", (string)p!["in"]!));
        Assert.Equal("Statuses, repeated or comma-separated, e.g. Filed,Dispatched", (string)list["parameters"]![1]!["description"]!);
        var ok = list["responses"]!["200"]!["content"]?.AsObject() ?? throw new Xunit.Sdk.XunitException(list["responses"]!.ToJsonString());
        Assert.Equal(["application/json", "text/csv"], ok.Select(c => c.Key).Order());
        Assert.Contains("CaseList", ok["application/json"]!.ToJsonString());
    }

    [Fact]
    public async Task A_list_needs_a_signed_in_caller()
    {
        using var anonymous = gateway.As(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/incidents")).StatusCode);
    }

    internal static async Task AssertRefused(HttpClient http, string query, string parameter)
    {
        var response = await http.GetAsync($"/api/v1/incidents{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal([parameter], problem["errors"]!.AsObject().Select(e => e.Key));
    }
}
