using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GridActors.Access;
using GridActors.Log;
using Microsoft.Extensions.DependencyInjection;
using static GridActors.Tests.Assessment.HandBuiltMonth;

namespace GridActors.Tests.Assessment;

/// <summary>A gateway of its own whose log holds the hand-built month and nothing else.</summary>
public class HandBuiltMonthGatewayFactory : GatewayFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var log = Services.GetRequiredService<IEventLog>();
        foreach (var e in Events) Assert.True(await log.Append(e));
    }
}

/// <summary><c>GET /api/v1/assessment</c> over HTTP on the hand-built month: the figures counted by hand,
/// as JSON, as XLSX read back by the Open XML SDK, and as CSV; who may ask, and bad questions.</summary>
public sealed class AssessmentApiTests(HandBuiltMonthGatewayFactory gateway) : IClassFixture<HandBuiltMonthGatewayFactory>
{
    private const string June = "/api/v1/assessment?area=320412&from=2026-06-01&to=2026-07-01";
    private static readonly Actor DistrictOperator = new("op-wujin", Role.Operator, District);

    [Fact]
    public async Task The_month_counted_by_hand_is_what_the_API_answers_with_its_scores_grades_and_rankings()
    {
        using var http = gateway.As(DistrictOperator);
        var response = await http.GetAsync(June);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(("320412", "2026-06-01T00:00:00+08:00", "2026-07-01T00:00:00+08:00", 1),
            ((string)report["area"]!, (string)report["from"]!, (string)report["to"]!, (int)report["formulaVersion"]!));
        var units = Units(report).ToList();
        Assert.Equal(Counts.Keys.Order(StringComparer.Ordinal), units.Select(u => u.Key).Order(StringComparer.Ordinal));
        foreach (var (key, unit) in units)
        {
            var figures = unit["figures"]!.AsArray();
            Assert.Equal(17, figures.Count);
            foreach (var f in figures)
            {
                var (indicator, numerator, denominator) = ((string)f!["indicator"]!, (decimal)f["numerator"]!, (decimal)f["denominator"]!);
                Assert.True(Counts[key][indicator] == (numerator, denominator), $"{key} {indicator}: {numerator}/{denominator}, by hand {Counts[key][indicator]}");
                Assert.Equal(denominator == 0 ? null : Math.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero), (decimal?)f["value"]);
                Assert.Equal(1, (int)f["formulaVersion"]!);
            }
        }
        foreach (var (key, (score, grade)) in Scores)
        {
            var unit = units.Single(u => u.Key == key).Unit;
            Assert.Equal((score, grade), ((decimal)unit["score"]!, (string)unit["grade"]!));
        }
        Assert.Equal("[{\"rank\":1,\"code\":\"320412101001-02\",\"score\":81.22,\"grade\":\"B\"},{\"rank\":2,\"code\":\"320412101001-01\",\"score\":68.89,\"grade\":\"C\"}]",
            report["ranking"]!["grids"]!.ToJsonString());
        Assert.Equal("[{\"rank\":1,\"code\":\"w-1\",\"score\":63.37,\"grade\":\"C\"},{\"rank\":2,\"code\":\"w-2\",\"score\":50,\"grade\":\"D\"}]",
            report["ranking"]!["workers"]!.ToJsonString());
    }

    [Fact]
    public async Task The_workbook_opens_with_the_Open_XML_SDK_and_holds_the_same_numbers_as_the_JSON()
    {
        using var http = gateway.As(DistrictOperator);
        var json = JsonNode.Parse(await http.GetStringAsync(June))!;
        var request = new HttpRequestMessage(HttpMethod.Get, June);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var sheets = Sheets(workbook);
        Assert.Equal(["report", "district", "town", "village", "grid", "worker", "department", "grid ranking", "worker ranking"], sheets.Keys);
        Assert.Equal(["formulaVersion", "1"], sheets["report"][3]);
        var numbers = 0;
        foreach (var (key, unit) in Units(json))
        {
            var sheet = sheets[key.Split('/')[0]];
            var header = sheet[0];
            var row = sheet.Single(r => r[0] == key.Split('/')[1]);
            Assert.Equal(Text(unit["score"]), row[header.IndexOf("score")]);
            Assert.Equal(Text(unit["grade"]), row[header.IndexOf("grade")]);
            foreach (var f in unit["figures"]!.AsArray())
                foreach (var part in new[] { "numerator", "denominator", "value" })
                {
                    Assert.Equal(Text(f![part]), row[header.IndexOf($"{(string)f["indicator"]!}.{part}")]);
                    numbers++;
                }
        }
        Assert.Equal(8 * 17 * 3, numbers);
        Assert.Equal([["rank", "code", "score", "grade"], ["1", "320412101001-02", "81.22", "B"], ["2", "320412101001-01", "68.89", "C"]], sheets["grid ranking"]);
        Assert.Equal([["rank", "code", "score", "grade"], ["1", "w-1", "63.37", "C"], ["2", "w-2", "50", "D"]], sheets["worker ranking"]);
    }

    [Fact]
    public async Task The_CSV_has_a_row_per_figure_with_the_same_numbers()
    {
        using var http = gateway.As(DistrictOperator);
        var response = await http.GetAsync(June + "&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("level,code,rank,score,grade,indicator,numerator,denominator,value,formulaVersion", lines[0]);
        Assert.Equal(1 + 8 * 17, lines.Length);
        Assert.Contains("grid,320412101001-02,1,81.22,B,dispatchAccuracy,2,3,0.6667,1", lines);
        Assert.Contains("department,water,,84.85,B,evaluationReceived,4,1,4,1", lines);
    }

    [Theory]
    [InlineData("worker", "320412101001-01", "w-1")]
    [InlineData("department", "water", "water-desk")]
    [InlineData("operator", "320412101", "op-town")]
    [InlineData("operator", "320413", "op-elsewhere")]
    [InlineData("platformAdmin", "platform", "platform-admin")]
    public async Task Only_the_command_centres_of_the_whole_area_read_its_report(string role, string scope, string id)
    {
        using var http = gateway.As(new Actor(id, Enum.Parse<Role>(role, ignoreCase: true), scope));

        var response = await http.GetAsync(June);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("NotPermitted", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!);
    }

    [Fact]
    public async Task A_town_operator_reads_its_town_and_nothing_above_it()
    {
        using var http = gateway.As(new Actor("op-town", Role.Operator, HandBuiltMonth.Town));

        var report = JsonNode.Parse(await http.GetStringAsync($"/api/v1/assessment?area={HandBuiltMonth.Town}&from=2026-06-01&to=2026-07-01"))!;

        Assert.Empty(report["levels"]!["district"]!.AsArray());
        Assert.Equal([HandBuiltMonth.Town], report["levels"]!["town"]!.AsArray().Select(u => (string)u!["code"]!));
    }

    [Theory]
    [InlineData("?from=2026-06-01&to=2026-07-01", "area")]
    [InlineData("?area=32041&from=2026-06-01&to=2026-07-01", "area")]
    [InlineData("?area=320412&from=June&to=2026-07-01", "from")]
    [InlineData("?area=320412&from=2026-06-01&to=2026-06-01", "to")]
    [InlineData("?area=320412&from=2026-01-01&to=2027-06-01", "to")]
    [InlineData("?area=320412&from=2026-06-01&to=2026-07-01&formula=0", "formula")]
    [InlineData("?area=320412&from=2026-06-01&to=2026-07-01&formula=9", "formula")]
    [InlineData("?area=320412&from=2026-06-01&to=2026-07-01&format=pdf", "format")]
    public async Task A_bad_question_is_a_400_naming_the_parameter(string query, string field)
    {
        using var http = gateway.As(DistrictOperator);

        var response = await http.GetAsync("/api/v1/assessment" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Grid_operation_compliance_is_asked_alone_for_an_area_and_a_period()
    {
        using var http = gateway.As(DistrictOperator);

        var figure = JsonNode.Parse(await http.GetStringAsync($"/api/v1/assessment/compliance?area={Grid2}&from=2026-06-01&to=2026-07-01"))!;

        Assert.Equal((28m, 30m, 0.9333m), ((decimal)figure["numerator"]!, (decimal)figure["denominator"]!, (decimal)figure["value"]!));
    }

    private static IEnumerable<(string Key, JsonNode Unit)> Units(JsonNode report) =>
        report["levels"]!.AsObject().SelectMany(level => level.Value!.AsArray().Select(u => ($"{level.Key}/{(string)u!["code"]!}", u)));

    private static string Text(JsonNode? value) => value is null ? "" : value.ToJsonString().Trim('"');

    /// <summary>Each sheet's rows as the text of their cells (number cells as written, inline strings as text).</summary>
    private static Dictionary<string, List<List<string>>> Sheets(SpreadsheetDocument workbook)
    {
        var part = workbook.WorkbookPart!;
        return part.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)part.GetPartById(s.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList());
    }
}
