using System.Net.Http.Json;
using System.Text.Json;
using GridActors.Territory;
using GridActors.Tests.Api;
using Microsoft.AspNetCore.SignalR.Client;
using static GridActors.Tests.Territory.Tiles;
using static GridActors.Tests.Warnings.WarningsGatewayFactory;

namespace GridActors.Tests.Warnings;

/// <summary>The compliance warning from the grids' own duty clocks: a grid without a worker in working
/// hours (a blind spot) fails its day, and its town's and district's compliance over the last 7 whole
/// days falls under 99% until that day leaves the window; the CAP messages read by an independent implementation.</summary>
public sealed class ComplianceOverTheWireTests : WarningsTest
{
    private const string Grid = $"{TownCode}001-01";
    private const string TownWarning = $"compliance-{TownCode}-1";
    private const string DistrictWarning = $"compliance-{District}-1";

    private static DateTimeOffset Cst(int day, int hour) => new(2026, 6, day, hour, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Setting the cadence reviews the grid's duties at the clock's time.</summary>
    private async Task SetCadence(string cadence)
    {
        using var admin = Gateway.As(Admin);
        var response = await admin.PutAsJsonAsync($"/api/v1/grids/{Grid}/patrol-cadence", new { cadence }, Wire.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_grid_left_without_a_worker_in_working_hours_puts_its_town_under_99_percent_until_that_day_leaves_the_seven_day_window()
    {
        await using var board = await Watch(Operator, TownCode);

        // Compliance counts the grids the log names (as the assessment does): a case in town 102's grid names it.
        await Gateway.Report(OtherOperator, At(5.5, 0.5));

        // Tuesday 2 June, 10:00 (working time) to 19:00 (after hours): grid 101001-01 has no worker, a blind spot.
        Gateway.Time.SetUtcNow(Cst(2, 10));
        await SetCadence("30.00:00:00");
        Gateway.Time.SetUtcNow(Cst(2, 19));
        await SetCadence("29.00:00:00");
        await Gateway.CatchUp();
        Assert.Empty(await Gateway.Open(Admin, District)); // today is not judged until it is over

        // Wednesday 3 June 00:00, window 27 May – 2 June: the log names grid 101001-01 (its alert) and
        // 102001-01 (the case). Town 101: 7 grid-days, 6 compliant (85.71%); the district: 14, 13
        // compliant (92.86%); town 102 keeps 7 of 7.
        Gateway.Time.SetUtcNow(Cst(3, 0));
        await Gateway.CatchUp();
        var open = await Gateway.Open(Admin, District);
        Assert.Equal([(DistrictWarning, District, 1, 0.9286, 0.99), (TownWarning, TownCode, 1, 0.8571, 0.99)],
            open.OrderBy(w => w.Id, StringComparer.Ordinal).Select(w => (w.Id, w.Area, w.Version, w.Figure, w.Threshold)));
        Assert.Empty(await Gateway.Open(OtherOperator, OtherTownCode));
        await Pushed(board.Raised, TownWarning);
        var raise = await Gateway.Cap(Operator, TownWarning);

        // A board opened now gets the open warning in its first snapshot, not only when one is pushed.
        await using var late = Gateway.Hub("/hubs/board", Operator);
        await late.StartAsync();
        var snapshot = await late.InvokeAsync<AreaBoard>("WatchArea", TownCode);
        Assert.Equal([(TownWarning, 0.8571)], snapshot.EarlyWarnings!.Select(w => (w.Id, w.Figure)));

        // Wednesday 10 June 00:00, window 3 – 9 June: every grid-day complies.
        Gateway.Time.SetUtcNow(Cst(10, 0));
        await Gateway.CatchUp();
        Assert.Empty(await Gateway.Open(Admin, District));
        await Pushed(board.Cleared, TownWarning);
        var cancel = await Gateway.Cap(Operator, TownWarning);

        Assert.Equal([TownWarning], board.Raised.Received.Select(Id).Where(IsWarning).Distinct());
        Assert.Equal([TownWarning], board.Cleared.Received.Select(Id).Where(IsWarning));
        foreach (var message in new[] { raise, cancel }) CapCheck.InCap12Namespace(message);
        var read = await CapCheck.Read(raise, cancel);
        Assert.All(read, r => Assert.True(r.Valid, r.Error));
        Assert.Equal([$"gridactors-{TownWarning}-v1", $"gridactors-{TownWarning}-v2"], read.Select(r => r.Identifier));
        Assert.Equal(["Alert", "Cancel"], read.Select(r => r.MsgType));
        Assert.Equal([$"{TownCode} 网格规范达标率低于 99%（85.71%）", $"已解除：{TownCode} 网格规范达标率低于 99%（85.71%）"],
            read.Select(r => r.Headline));
    }

    private static bool IsWarning(string id) => id.StartsWith("compliance-", StringComparison.Ordinal);
}
