using System.Globalization;
using System.Net;
using CsvHelper;
using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Tests.Lists;

/// <summary>The same list as CSV with <c>Accept: text/csv</c>: every page of it, quoted as RFC 4180
/// says, with nothing a spreadsheet would run as a formula.</summary>
[Collection(GatewayCollection.Name)]
public class CaseCsvTests(GatewayFactory gateway)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The export's rows, each by its header's names, read back by a CSV parser.</summary>
    internal static async Task<List<Dictionary<string, string>>> Export(HttpClient http, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/incidents{query}");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = new CsvReader(new StreamReader(await response.Content.ReadAsStreamAsync()), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        return rows;
    }

    [Fact]
    public async Task An_export_holds_every_case_of_the_query_across_pages_with_the_lists_fields()
    {
        var d = CaseStore.NewDistrict();
        var rows = Enumerable.Range(0, 450).Select(i => CaseRows.New($"{d}c{i:D3}", $"{d}001001-01", T0.AddMinutes(i)) with
        {
            Status = i % 3 == 0 ? IncidentStatus.Closed : IncidentStatus.Filed,
            ClosedAt = i % 3 == 0 ? T0.AddDays(1) : null,
        }).ToList();
        await gateway.PutAsync(rows);
        using var op = gateway.As(new Actor("op", Role.Operator, d));

        var exported = await Export(op, "?status=Closed&sort=reportedAt:asc&limit=5");

        Assert.Equal(rows.Where(r => r.Status == IncidentStatus.Closed).Select(r => r.Id), exported.Select(r => r["id"]));
        var first = exported[0];
        Assert.Equal(["id", "version", "status", "light", "category", "urgency", "title", "gridCode", "villageCode", "townCode",
            "districtCode", "level", "handler", "source", "reportedAt", "filedAt", "closedAt", "dueAt", "stageDueAt",
            "latitude", "longitude", "address"], first.Keys);
        Assert.Equal("Closed", first["status"]);
        Assert.Equal("Green", first["light"]);
        Assert.Equal($"{d}001", first["townCode"]);
        Assert.Equal("2026-03-02T09:00:00+08:00", first["reportedAt"]);
        Assert.Equal("2026-03-03T09:00:00+08:00", first["closedAt"]);
        Assert.Equal("", first["handler"]);
    }

    [Fact]
    public async Task Text_comes_back_as_written_and_a_formula_comes_back_as_text()
    {
        var d = CaseStore.NewDistrict();
        var titles = new[]
        {
            "Heap, \"big\" one\r\nby the canal", "=HYPERLINK(\"http://evil\",\"x\")", "+1 rubbish", "-2 rubbish", "@SUM(A1)", "普通标题",
        };
        await gateway.PutAsync(titles.Select((t, i) => CaseRows.New($"{d}c{i}", $"{d}001001-01", T0.AddMinutes(i)) with
        {
            Title = t, Address = i == 1 ? "=cmd|' /C calc'!A0" : null,
        }));
        using var op = gateway.As(new Actor("op", Role.Operator, d));

        var exported = await Export(op, "?sort=reportedAt:asc");

        Assert.Equal(
            ["Heap, \"big\" one\r\nby the canal", "'=HYPERLINK(\"http://evil\",\"x\")", "'+1 rubbish", "'-2 rubbish", "'@SUM(A1)", "普通标题"],
            exported.Select(r => r["title"]));
        Assert.Equal("'=cmd|' /C calc'!A0", exported[1]["address"]);
    }

    [Fact]
    public async Task A_bad_parameter_refuses_the_export_before_any_row()
    {
        using var op = gateway.As(new Actor("op", Role.Operator, "320412"));
        op.DefaultRequestHeaders.Accept.ParseAdd("text/csv");

        await CaseListTests.AssertRefused(op, "?status=Open", "status");
    }
}
