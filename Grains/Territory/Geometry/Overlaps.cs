using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.RelateNG;

namespace GridActors.Territory.Geometry;

/// <summary>Pairs of grids whose interiors overlap by at least the tolerance. Candidates come from an
/// STRtree of envelopes, so each grid is compared with its neighbours only, not with every other grid;
/// a relate test on interiors then skips the many neighbours that merely share an edge before any
/// intersection is computed.</summary>
internal static class Overlaps
{
    public static IEnumerable<ImportFinding> Find(IReadOnlyList<FeatureRead> shaped, double tolerance)
    {
        var tree = new STRtree<int>();
        for (var i = 0; i < shaped.Count; i++) tree.Insert(shaped[i].Shape!.EnvelopeInternal, i);
        tree.Build();

        for (var i = 0; i < shaped.Count; i++)
        {
            var a = shaped[i];
            var relate = RelateNG.Prepare(a.Shape!);
            // Each pair once, in file order, so the same file always gives the same report.
            foreach (var j in tree.Query(a.Shape!.EnvelopeInternal).Where(j => j > i).Order())
            {
                var b = shaped[j];
                if (!relate.Evaluate(b.Shape!, IntersectionMatrixPattern.InteriorIntersects)) continue;
                var area = LocalMetric.SquareMetres(a.Shape!.Intersection(b.Shape!));
                if (area < tolerance) continue;
                yield return new(a.Index, a.Code, FindingKind.Overlap,
                    $"{FeatureRead.Label(a.Index, a.Code)} and {FeatureRead.Label(b.Index, b.Code)} overlap by {area:F1} m²", area);
            }
        }
    }
}
