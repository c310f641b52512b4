using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Gateway.Configuration;

namespace GridActors.Tests.Configuration;

/// <summary>On 30 November all is well; on 2 December with no schedule for next year, the platform says so where an admin looks
/// (readiness, the calendar, their boards) until a platform admin puts the year in, without a restart.</summary>
public class CalendarCoverageApiTests(DecemberGatewayFactory gateway) : IClassFixture<DecemberGatewayFactory>
{
    private const string Missing2027 =
        "The working calendar has no holiday schedule for 2027: deadlines counted into 2027 count Monday to Friday only, "
        + "without its public holidays and moved working days. An admin adds 2027 from the State Council General Office's notice on its holidays.";

    private static readonly Actor DistrictAdmin = new("admin", Role.Admin, "320412");
    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");
    private static readonly Actor TownOperator = new("op-320412101", Role.Operator, "320412101");

    private async Task<JsonNode> Ready()
    {
        using var anonymous = gateway.As(null);
        var response = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<JsonNode> Board(Actor actor, string code)
    {
        using var http = gateway.As(actor);
        return JsonNode.Parse(await http.GetStringAsync($"/api/v1/areas/{code}/board"))!;
    }

    private static string[] Warnings(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ConfigurationApi.WarningHeader, out var values) ? [.. values] : [];

    [Fact]
    public async Task From_2_December_readiness_the_calendar_and_admins_boards_warn_until_a_platform_admin_puts_2027_in()
    {
        Assert.Equal("Healthy", (string?)(await Ready())["status"]);
        gateway.Time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8)));

        var ready = await Ready();
        Assert.Equal("Degraded", (string?)ready["status"]);
        Assert.Equal("Degraded", (string?)ready["checks"]!["calendar"]!["status"]);
        Assert.Equal(Missing2027, (string?)ready["checks"]!["calendar"]!["description"]);
        Assert.Equal(("Healthy", "Healthy"), ((string?)ready["checks"]!["storage"]!["status"], (string?)ready["checks"]!["cluster"]!["status"]));

        using var admin = gateway.As(DistrictAdmin);
        var read = await admin.GetAsync("/api/v1/calendar");
        Assert.Equal([Missing2027], Warnings(read));
        var adminWarning = Assert.Single((await Board(DistrictAdmin, "320412"))["warnings"]!.AsArray());
        Assert.Equal(("calendar.year-unscheduled", Missing2027), ((string?)adminWarning!["code"], (string?)adminWarning["message"]));
        Assert.Null((await Board(TownOperator, "320412101"))["warnings"]);

        var calendar = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        calendar["years"]!.AsArray().Add(new JsonObject
        {
            ["year"] = 2027,
            ["source"] = "test data, not an official schedule",
            ["holidays"] = new JsonArray(new JsonObject { ["name"] = "元旦 (test data)", ["from"] = "2027-01-01", ["to"] = "2027-01-01" }),
        });
        var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/calendar") { Content = new StringContent(calendar.ToJsonString(), Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        using var platformAdmin = gateway.As(PlatformAdmin);
        var changed = await platformAdmin.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Empty(Warnings(changed));

        ready = await Ready();
        Assert.Equal(("Healthy", "Healthy"), ((string?)ready["status"], (string?)ready["checks"]!["calendar"]!["status"]));
        Assert.Empty(Warnings(await admin.GetAsync("/api/v1/calendar")));
        Assert.Empty((await Board(DistrictAdmin, "320412"))["warnings"]!.AsArray());
    }
}
