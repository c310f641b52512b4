using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Tests.Assessment;

/// <summary>A gateway of its own: these tests put new formula sets in force.</summary>
public sealed class FormulaSetGatewayFactory : HandBuiltMonthGatewayFactory;

/// <summary>The formula sets as a document a platform admin edits like the catalogue: read with its
/// version as ETag, put back with If-Match, checked naming each fault; each change a new version,
/// and every version still computable.</summary>
public sealed class FormulaSetApiTests(FormulaSetGatewayFactory gateway) : IClassFixture<FormulaSetGatewayFactory>
{
    private const string Formulas = "/api/v1/assessment/formulas";
    private const string June = "/api/v1/assessment?area=320412&from=2026-06-01&to=2026-07-01";
    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");
    private static readonly Actor DistrictOperator = new("op-wujin", Role.Operator, "320412");

    private static Task<HttpResponseMessage> Put(HttpClient http, string body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Formulas) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return http.SendAsync(request);
    }

    [Fact]
    public async Task A_new_version_changes_the_figures_of_the_same_month_and_the_old_version_still_gives_the_old_ones()
    {
        using var admin = gateway.As(PlatformAdmin);
        using var http = gateway.As(DistrictOperator);
        var shipped = await http.GetAsync(Formulas);
        Assert.Equal("\"1\"", shipped.Headers.ETag!.Tag);
        var text = await shipped.Content.ReadAsStringAsync();
        var before = await http.GetStringAsync(June);

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Put(admin, text, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(gateway.As(new Actor("admin", Role.Admin, "320412")), text, "\"1\"")).StatusCode);
        var lenient = text.Replace("\"satisfiedFrom\": 4", "\"satisfiedFrom\": 2");
        var put = await Put(admin, lenient, "\"1\"");
        Assert.Equal((HttpStatusCode.OK, "\"2\""), (put.StatusCode, put.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Put(admin, text.Replace("\"satisfiedFrom\": 4", "\"satisfiedFrom\": 3"), "\"1\"")).StatusCode);

        var now = JsonNode.Parse(await http.GetStringAsync(June))!;
        Assert.Equal(2, (int)now["formulaVersion"]!);
        var grid1 = now["levels"]!["grid"]!.AsArray().Single(g => (string)g!["code"]! == HandBuiltMonth.Grid1)!;
        var satisfaction = grid1["figures"]!.AsArray().Single(f => (string)f!["indicator"]! == "satisfaction")!;
        Assert.Equal((2m, 2m, 2), ((decimal)satisfaction["numerator"]!, (decimal)satisfaction["denominator"]!, (int)satisfaction["formulaVersion"]!));
        Assert.Equal(74.1m, (decimal)grid1["score"]!);
        Assert.Equal(before, await http.GetStringAsync(June + "&formula=1"));
        Assert.Equal(text, await http.GetStringAsync(Formulas + "/1"));
        Assert.Equal(lenient, await http.GetStringAsync(Formulas));
    }

    [Fact]
    public async Task A_bad_formula_set_is_400_naming_each_fault_and_nothing_changes()
    {
        using var admin = gateway.As(PlatformAdmin);
        var current = await admin.GetAsync(Formulas);
        var body = JsonNode.Parse(await current.Content.ReadAsStringAsync())!;
        body["indicators"]!["rework"]!["weight"] = -1;
        body["indicators"]!["happiness"] = new JsonObject { ["weight"] = 1, ["description"] = "smiles" };
        body["indicators"]!.AsObject().Remove("closure");
        body["grades"]![1]!["from"] = 95;
        body["satisfiedFrom"] = 6;

        var response = await Put(admin, body.ToJsonString(), current.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        Assert.Equal(["grades[1].from", "indicators.closure", "indicators.happiness", "indicators.rework.weight", "satisfiedFrom"],
            problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(current.Headers.ETag.Tag, (await admin.GetAsync(Formulas)).Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Formulas + "/99")).StatusCode);
    }
}
