namespace GridActors.Territory.Geometry;

/// <summary>What an import read and what it found. <see cref="Grids"/> holds every feature that could
/// be read as a grid, so a map can show a rejected file too; apply an import only when it is clean.</summary>
public sealed record ImportReport(IReadOnlyList<TerritoryGrid> Grids, IReadOnlyList<ImportFinding> Findings)
{
    public bool IsClean => Findings.Count == 0;
}
