using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>The map's tile layer, configured where the gateway runs: none (a plain ground), CGCS2000
/// tiles (the overlays drawn as stored, in WGS 84) or GCJ-02 tiles (the overlays shifted onto them).</summary>
public abstract class TileLayerTests<TGateway>(TGateway gateway) : IClassFixture<TGateway> where TGateway : BoardGateway
{
    /// <summary>The town's four squares as stored: west, south, east, north.</summary>
    protected static readonly double[] Stored = [119.95, 31.70, 119.952, 31.702];

    protected abstract string System { get; }
    protected abstract double[] ExpectedBounds { get; }

    [Fact]
    public async Task The_grids_are_drawn_in_the_tiles_coordinate_system()
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator);
        await using var _ = context;
        var tiles = 0;
        await page.RouteAsync("**/tiles/**", async route =>
        {
            Interlocked.Increment(ref tiles);
            await route.FulfillAsync(new() { Status = 200, ContentType = "image/png", BodyBytes = Convert.FromBase64String(Pixel) });
        });
        await page.GotoAsync("/");
        var map = page.Locator(".area-map");
        await Expect(map).ToHaveAttributeAsync("data-tiles", System);
        await Expect(map).Not.ToHaveAttributeAsync("data-bounds", "");

        var drawn = (await map.GetAttributeAsync("data-bounds"))!.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(ExpectedBounds, drawn, (a, b) => Math.Abs(a - b) < 1e-9);
        if (System == "none")
        {
            await Expect(page.Locator(".leaflet-tile")).ToHaveCountAsync(0);
            Assert.Equal(0, tiles);
        }
        else
        {
            await Expect(page.Locator(".leaflet-tile-loaded").First).ToBeAttachedAsync();
            Assert.True(tiles > 0);
            await Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("测试底图");
        }
    }

    /// <summary>A 1×1 PNG for every tile asked.</summary>
    private const string Pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
}

public sealed class NoTileLayerTests(BoardGateway gateway) : TileLayerTests<BoardGateway>(gateway)
{
    protected override string System => "none";
    protected override double[] ExpectedBounds => Stored;
}

public sealed class CgcsTileLayerTests(CgcsTiles gateway) : TileLayerTests<CgcsTiles>(gateway)
{
    protected override string System => "Cgcs2000";
    protected override double[] ExpectedBounds => Stored;
}

public sealed class GcjTileLayerTests(GcjTiles gateway) : TileLayerTests<GcjTiles>(gateway)
{
    protected override string System => "Gcj02";

    /// <summary>The stored corners as gcoord 1.0.7 moves them onto GCJ-02: about 450 m east and 230 m south here.</summary>
    protected override double[] ExpectedBounds => [119.95469346738736, 31.697914604068053, 119.95669674547322, 31.699918646769092];
}

public sealed class CgcsTiles : BoardGateway
{
    protected override IReadOnlyDictionary<string, string> Settings => Tiles("Cgcs2000");

    internal static Dictionary<string, string> Tiles(string system) => new()
    {
        ["GridActors:Board:Tiles:Url"] = "/tiles/{z}/{x}/{y}.png",
        ["GridActors:Board:Tiles:Attribution"] = "测试底图",
        ["GridActors:Board:Tiles:CoordinateSystem"] = system,
    };
}

public sealed class GcjTiles : BoardGateway
{
    protected override IReadOnlyDictionary<string, string> Settings => CgcsTiles.Tiles("Gcj02");
}
