using System.Text.Json.Nodes;
using GridActors.Access;

namespace GridActors.Tests.Configuration;

/// <summary>A case's deadlines as a command centre reads them in late December 2026, on a calendar
/// that schedules 2026 alone: exposed rubbish, 4 working hours for the case.</summary>
public class UnscheduledDeadlinesOverHttpTests(DecemberGatewayFactory gateway) : IClassFixture<DecemberGatewayFactory>
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static async Task<JsonNode> Read(Town town, string id, Actor actor)
    {
        using var http = town.Gateway.As(actor);
        return JsonNode.Parse(await http.GetStringAsync($"/api/v1/incidents/{id}"))!;
    }

    private async Task<JsonNode> OnBoard(Town town, string id)
    {
        using var http = gateway.As(town.Operator);
        var board = JsonNode.Parse(await http.GetStringAsync($"/api/v1/areas/{town.Code}/board"))!;
        return board["open"]!.AsArray().Single(c => (string?)c!["id"] == id)!;
    }

    [Fact]
    public async Task A_case_filed_on_New_Years_Eve_is_marked_one_filed_the_day_before_is_not()
    {
        var town = await Town.Create(gateway);

        gateway.Time.SetUtcNow(new DateTimeOffset(2026, 12, 30, 9, 0, 0, Cst));
        var within = await town.Reported("Rubbish heap by the canal, Wednesday");
        await town.Do(within, "file", town.Operator);
        var withinView = await Read(town, within, town.Operator);
        Assert.Equal(("2026-12-30T14:30:00+08:00", false), ((string?)withinView["dueAt"], (bool?)withinView["dueEstimated"]));
        Assert.Empty(withinView["deadlineWarnings"]!.AsArray());
        Assert.False((bool?)(await OnBoard(town, within))["dueEstimated"]);

        gateway.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 16, 0, 0, Cst));
        var across = await town.Reported("Rubbish heap by the canal, Thursday");
        await town.Do(across, "file", town.Operator);
        var acrossView = await Read(town, across, town.Operator);
        // 16:00–17:30 on Thursday, then 1 January 2027 (New Year's Day) counted as a working day.
        Assert.Equal(("2027-01-01T11:00:00+08:00", true), ((string?)acrossView["dueAt"], (bool?)acrossView["dueEstimated"]));
        Assert.Equal(
            ["dueAt was counted through 2027, which the working calendar had no holiday schedule for: "
             + "Monday to Friday only, so it may fall on a public holiday or miss a moved working day."],
            acrossView["deadlineWarnings"]!.AsArray().Select(w => (string?)w));
        Assert.True((bool?)(await OnBoard(town, across))["dueEstimated"]);
    }
}
