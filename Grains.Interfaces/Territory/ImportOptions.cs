namespace GridActors.Territory;

/// <summary>Limits and tolerance of an import. Overlaps and gaps below
/// <paramref name="ToleranceSquareMetres"/> are slivers of floating-point noise, not findings.</summary>
public sealed record ImportOptions(long MaxBytes, int MaxFeatures, double ToleranceSquareMetres)
{
    /// <summary>20 MB and 50,000 features hold a large district with room to spare; 1 m² is far below
    /// anything a grid boundary is drawn to.</summary>
    public static ImportOptions Default { get; } = new(20 * 1024 * 1024, 50_000, 1.0);
}
