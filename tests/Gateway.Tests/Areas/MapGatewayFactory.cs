using System.Text;
using GridActors.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Areas;

/// <summary>A gateway of its own (the shared one's territory is another district's) with a small
/// imported territory in district 320412, in a row of 0.001° tiles from west to east: town 101's village
/// 001 with grids 01–03, its village 002 with grids 01–02, and town 102's one grid, whose south edge
/// zigzags through <see cref="Zigzag"/> points, as a surveyed boundary does. Its clock stands still
/// on a weekday evening: its grids have no workers, and in working hours each would raise a blind-spot
/// alert, so the map's counts would depend on when the tests run.</summary>
public sealed class MapGatewayFactory : GatewayFactory
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 20, 0, 0, TimeSpan.FromHours(8)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }

    public const string District = "320412";
    public const string TownCode = "320412101";
    public const string OtherTownCode = "320412102";
    public const int Zigzag = 60;

    public static readonly Actor Admin = new("admin", Role.Admin, District);
    public static readonly Actor Operator = new($"op-{TownCode}", Role.Operator, TownCode);
    public static readonly Actor OtherOperator = new($"op-{OtherTownCode}", Role.Operator, OtherTownCode);

    /// <summary>Every grid, in code order, with its tile column.</summary>
    public static readonly (string Code, int Column)[] Grids =
    [
        ($"{TownCode}001-01", 0), ($"{TownCode}001-02", 1), ($"{TownCode}001-03", 2),
        ($"{TownCode}002-01", 3), ($"{TownCode}002-02", 4),
        ($"{OtherTownCode}001-01", 5),
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var admin = As(Admin);
        var response = await admin.PostAsync("/api/v1/territory/import", new StringContent(File(), Encoding.UTF8, "application/geo+json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string File() => Collection([.. Grids.Select(g => Feature(g.Code, Polygon(g.Column == 5 ? Zigzagged(g.Column) : Ring(g.Column, 0, 1, 1))))]);

    /// <summary>A tile whose south edge dips 5 m south at every other point, counter-clockwise.</summary>
    private static string Zigzagged(int column)
    {
        double x0 = West + column * Size, x1 = x0 + Size, y0 = South, y1 = South + Size;
        var south = Enumerable.Range(1, Zigzag).Select(i => (x0 + Size * i / (Zigzag + 1), i % 2 == 0 ? y0 : y0 - 0.00005));
        return Path([(x0, y0), .. south, (x1, y0), (x1, y1), (x0, y1), (x0, y0)]);
    }
}
