using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Territory.Geometry;

/// <summary>One feature as read: its code if well-formed, the grid if nothing was wrong with it, and its
/// boundary if that alone was usable, so that overlaps and gaps are still checked around a feature whose
/// other properties are wrong.</summary>
internal sealed record FeatureRead(int Index, string? Code, TerritoryGrid? Grid, NtsGeometry? Shape, IReadOnlyList<ImportFinding> Findings)
{
    /// <summary>How findings name a feature: its index and, when it has one, its code.</summary>
    public static string Label(int index, string? code) => code is null ? $"feature {index}" : $"feature {index} ({code})";
}
