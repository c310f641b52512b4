namespace GridActors.Silo.Demo;

/// <summary>How big a demo district is: towns, villages per town, and the range of grids per village.</summary>
public sealed record DemoShape(int Towns, int VillagesPerTown, int MinGridsPerVillage, int MaxGridsPerVillage)
{
    /// <summary>Five towns of four villages of 12–16 grids: a few hundred grids, enough to look like a district.</summary>
    public static DemoShape Wujin { get; } = new(5, 4, 12, 16);
}
