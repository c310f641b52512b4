namespace GridActors.Territory.Geometry;

/// <summary>Where a point falls: its grid, if any, and the areas around it, nearest first (as
/// <see cref="GridView.AreaPath"/>: village, town, district; for a point in no grid the first is the
/// smallest area enclosing it or, outside the territory, the nearest district).</summary>
public sealed record Location(string? GridCode, IReadOnlyList<string> AreaPath, LocationReason Reason);

public enum LocationReason
{
    /// <summary>Inside exactly one grid, or on its outer edge.</summary>
    InGrid,
    /// <summary>On an edge or corner several grids share; the owner is the lowest of their codes (ordinal).</summary>
    OnSharedEdge,
    /// <summary>In no grid, but enclosed by the grids of the first area in the path: a blind spot.</summary>
    InGap,
    /// <summary>Outside every area; the path is the nearest district's.</summary>
    OutsideTerritory,
    /// <summary>Not a WGS 84 position; the path is empty.</summary>
    InvalidPoint,
    /// <summary>No grids were loaded; the path is empty.</summary>
    NoTerritory,
}
