using System.Globalization;

namespace GridActors.Benchmarks.Hosts;

/// <summary>A district shaped like the demo's: 5 towns of 4 villages of 14 grids, coded as the
/// demo codes them (town = district + 3 digits, village = town + 3 digits, grid = village-NN).</summary>
public static class BenchDistrict
{
    public const int Towns = 5;
    public const int VillagesPerTown = 4;
    public const int GridsPerVillage = 14;

    /// <summary>The town the one-grid run reports into and the list query reads.</summary>
    public static string Town => TownCode(0);

    public static IReadOnlyList<string> Grids { get; } =
    [
        .. from t in Enumerable.Range(0, Towns)
           from v in Enumerable.Range(0, VillagesPerTown)
           from g in Enumerable.Range(0, GridsPerVillage)
           select GridCode(t, v, g),
    ];

    public static string TownCode(int town) => string.Create(CultureInfo.InvariantCulture, $"{GatewayApi.District}{101 + town:D3}");

    public static string GridCode(int town, int village, int grid) =>
        string.Create(CultureInfo.InvariantCulture, $"{TownCode(town)}{village + 1:D3}-{grid + 1:D2}");
}
