using System.Text.Json;
using System.Xml.Linq;
using static GridActors.Tests.Territory.Tiles;
using static GridActors.Tests.Warnings.WarningsGatewayFactory;

namespace GridActors.Tests.Warnings;

/// <summary>Must-show 3, the repeat spot: three reports within 50 m over 20 days raise it, the first
/// one's thirtieth day clears it; pushed to the town's board, in the town's Atom feed while open, and
/// its CAP messages (a circle) read by an independent implementation.</summary>
public sealed class RepeatSpotOverTheWireTests : WarningsTest
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Grid = $"{OtherTownCode}001-01";

    [Fact]
    public async Task Three_cases_within_50_metres_in_30_days_raise_one_spot_and_it_clears_when_the_first_turns_30_days_old()
    {
        await using var board = await Watch(OtherOperator, OtherTownCode);

        // About 11 m north, then about 9.5 m east of the first.
        await Gateway.Report(OtherOperator, At(5.5, 0.5));
        Gateway.Time.Advance(TimeSpan.FromDays(10));
        await Gateway.Report(OtherOperator, At(5.5, 0.6));
        Gateway.Time.Advance(TimeSpan.FromDays(10));
        await Gateway.CatchUp();
        Assert.Empty(await Gateway.Open(OtherOperator, OtherTownCode));

        var third = await Gateway.Report(OtherOperator, At(5.6, 0.5));
        await Gateway.CatchUp();
        var spot = Assert.Single(await Gateway.Open(OtherOperator, OtherTownCode));
        Assert.Equal(($"spot-{third}-1", Grid, 1, 3.0), (spot.Id, spot.Area, spot.Version, spot.Figure));
        var raisedPush = await Pushed(board.Raised, spot.Id);
        Assert.Equal(Grid, raisedPush.GetProperty("gridCode").GetString());
        var entry = Assert.Single(await Feed());
        Assert.Equal($"urn:gridactors:warning:{spot.Id}", entry.Element(Atom + "id")!.Value);
        Assert.Equal(spot.Text, entry.Element(Atom + "title")!.Value);
        Assert.EndsWith($"/api/v1/warnings/{spot.Id}", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("application/cap+xml", entry.Element(Atom + "link")!.Attribute("type")!.Value);
        var raise = await Gateway.Cap(OtherOperator, spot.Id);

        Gateway.Time.Advance(TimeSpan.FromDays(10) - TimeSpan.FromSeconds(1));
        await Gateway.CatchUp();
        Assert.Single(await Gateway.Open(OtherOperator, OtherTownCode));
        Gateway.Time.Advance(TimeSpan.FromSeconds(1));
        await Gateway.CatchUp();
        Assert.Empty(await Gateway.Open(OtherOperator, OtherTownCode));
        await Pushed(board.Cleared, spot.Id);
        Assert.Empty(await Feed());
        var cancel = await Gateway.Cap(OtherOperator, spot.Id);

        Assert.Equal([spot.Id], board.Raised.Received.Select(Id).Where(id => id.StartsWith("spot-", StringComparison.Ordinal)));
        foreach (var message in new[] { raise, cancel }) CapCheck.InCap12Namespace(message);
        var read = await CapCheck.Read(raise, cancel);
        Assert.All(read, r => Assert.True(r.Valid, r.Error));
        Assert.Equal(["Alert", "Cancel"], read.Select(r => r.MsgType));
        Assert.All(read, r => Assert.Equal((0, 1), (r.Polygons, r.Circles)));
        Assert.Equal("31.7005,119.9556 0.05", XDocument.Parse(raise).Descendants(CapCheck.Cap12 + "circle").Single().Value);
    }

    private async Task<IReadOnlyList<XElement>> Feed()
    {
        using var http = Gateway.As(OtherOperator);
        var response = await http.GetAsync($"/api/v1/warnings.atom?area={OtherTownCode}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        return [.. feed.Elements(Atom + "entry")];
    }
}
