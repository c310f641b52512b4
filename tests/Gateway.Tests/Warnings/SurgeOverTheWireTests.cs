using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using static GridActors.Tests.Territory.Tiles;
using static GridActors.Tests.Warnings.WarningsGatewayFactory;

namespace GridActors.Tests.Warnings;

/// <summary>Must-show 3, the surge: reports into one town over HTTP, the town's board on a real SignalR
/// client, the warning read back as JSON and as CAP 1.2, the CAP messages read by an independent implementation.</summary>
public sealed class SurgeOverTheWireTests : WarningsTest
{
    private const string Surge = $"surge-{TownCode}-environment.rubbish-1";

    [Fact]
    public async Task A_surge_in_one_town_raises_exactly_one_warning_when_it_passes_the_threshold_and_clears_it_when_the_count_falls_back()
    {
        await using var board = await Watch(Operator, TownCode);

        // One report a day for four days, each in another grid (no spot): the baseline is 1 a day, sd 0,
        // so the threshold is 1 + 2 × 0 = 1, and the floor of 3 cases decides.
        for (var day = 0; day < 4; day++)
        {
            await Gateway.Report(Operator, At(day + 0.2, 0.2));
            Gateway.Time.Advance(TimeSpan.FromDays(1));
        }
        await Gateway.Report(OtherOperator, At(5.5, 0.5));
        await Gateway.CatchUp();
        Assert.Empty(await Gateway.Open(Operator, TownCode));

        // Today's reports, more than 50 m from yesterday's.
        await Gateway.Report(Operator, At(0.8, 0.8));
        await Gateway.Report(Operator, At(1.8, 0.8));
        await Gateway.CatchUp();
        Assert.Empty(await Gateway.Open(Operator, TownCode));

        await Gateway.Report(Operator, At(2.8, 0.8));
        await Gateway.CatchUp();
        var warning = Assert.Single(await Gateway.Open(Operator, TownCode));
        Assert.Equal((Surge, TownCode, 1, 3.0, 1.0), (warning.Id, warning.Area, warning.Version, warning.Figure, warning.Threshold));
        Assert.Equal(warning.Id, Assert.Single(await Gateway.Open(Admin, District)).Id);
        Assert.Empty(await Gateway.Open(Admin, OtherTownCode));
        await Pushed(board.Raised, Surge);
        var raise = await Gateway.Cap(Operator, Surge);

        await Gateway.Report(Operator, At(3.8, 0.8));
        await Gateway.CatchUp();
        var updated = Assert.Single(await Gateway.Open(Operator, TownCode));
        Assert.Equal((Surge, 2, 4.0), (updated.Id, updated.Version, updated.Figure));
        var update = await Gateway.Cap(Operator, Surge);

        // A day on, the window holds none of today's reports.
        Gateway.Time.Advance(TimeSpan.FromDays(1));
        await Gateway.CatchUp();
        Assert.Empty(await Gateway.Open(Operator, TownCode));
        await Pushed(board.Cleared, Surge);
        var cancel = await Gateway.Cap(Operator, Surge);
        Assert.Equal(raise, await Gateway.Cap(Operator, Surge, version: 1));

        Assert.Equal([Surge], board.Raised.Received.Select(Id).Where(IsWarning).Distinct());
        Assert.Equal([Surge], board.Cleared.Received.Select(Id).Where(IsWarning));
        Assert.Equal(JsonValueKind.Null, board.Cleared.Received.Single(c => Id(c) == Surge).GetProperty("gridCode").ValueKind);

        foreach (var message in new[] { raise, update, cancel }) CapCheck.InCap12Namespace(message);
        var read = await CapCheck.Read(raise, update, cancel);
        Assert.All(read, r => Assert.True(r.Valid, r.Error));
        var ids = new[] { $"gridactors-{Surge}-v1", $"gridactors-{Surge}-v2", $"gridactors-{Surge}-v3" };
        Assert.Equal(ids, read.Select(r => r.Identifier));
        Assert.Equal(["Alert", "Update", "Cancel"], read.Select(r => r.MsgType));
        Assert.Equal([null, $"gridactors.test,{ids[0]},{Sent(raise)}", $"gridactors.test,{ids[0]},{Sent(raise)} gridactors.test,{ids[1]},{Sent(update)}"],
            read.Select(r => r.References));
        // The town's five grids are one rectangle: one polygon.
        Assert.All(read, r => Assert.Equal((1, 0), (r.Polygons, r.Circles)));
        Assert.Equal([$"{TownCode} environment.rubbish 类事件激增", $"{TownCode} environment.rubbish 类事件激增", $"已解除：{TownCode} environment.rubbish 类事件激增"],
            read.Select(r => r.Headline));
        Assert.Equal(["Monitor", "Monitor", "AllClear"], read.Select(r => Assert.Single(r.ResponseTypes!)));

        // The checker does find fault: the raise without its identifier is not CAP.
        var broken = XDocument.Parse(raise);
        broken.Root!.Element(CapCheck.Cap12 + "identifier")!.Remove();
        Assert.False(Assert.Single(await CapCheck.Read(broken.ToString())).Valid);
    }

    [Fact]
    public async Task Another_towns_command_centre_neither_lists_nor_reads_the_warning()
    {
        for (var day = 0; day < 4; day++)
        {
            await Gateway.Report(Operator, At(day + 0.2, 0.2));
            Gateway.Time.Advance(TimeSpan.FromDays(1));
        }
        for (var i = 0; i < 3; i++) await Gateway.Report(Operator, At(i + 0.8, 0.8));
        await Gateway.CatchUp();
        Assert.Single(await Gateway.Open(Operator, TownCode));

        using var other = Gateway.As(OtherOperator);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/warnings?area={TownCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/warnings/{Surge}")).StatusCode);
        Assert.Empty(await Gateway.Open(OtherOperator, OtherTownCode));
        using var worker = Gateway.As(new Access.Actor($"w-{TownCode}001-01-1", Access.Role.Worker, $"{TownCode}001-01"));
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/v1/warnings?area={TownCode}001-01")).StatusCode);
        using var op = Gateway.As(Operator);
        var bad = await op.GetAsync("/api/v1/warnings?area=32041");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"area\"", await bad.Content.ReadAsStringAsync());
    }

    private static bool IsWarning(string id) => id.StartsWith("surge-", StringComparison.Ordinal);

    private static string Sent(string message) => XDocument.Parse(message).Root!.Element(CapCheck.Cap12 + "sent")!.Value;
}
