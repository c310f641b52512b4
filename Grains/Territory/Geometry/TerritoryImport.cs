using System.Text;
using System.Text.Json;

namespace GridActors.Territory.Geometry;

/// <summary>Reads a GeoJSON FeatureCollection of grids (properties <c>code</c>, <c>name</c>, <c>type</c>,
/// optional <c>village</c>, <c>town</c>, <c>district</c>; a Polygon or MultiPolygon in WGS 84 lon/lat) and
/// checks it as a territory: every feature well-formed, codes unique and in their parents, no two grids
/// overlapping, no gap among them (全覆盖、无盲区). Problems are reported as data, never thrown.</summary>
public static class TerritoryImport
{
    public static ImportReport Read(string geoJson, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        var bytes = Encoding.UTF8.GetByteCount(geoJson);
        if (bytes > options.MaxBytes)
            return Refused(FindingKind.TooLarge, $"the file is {bytes:N0} bytes; the limit is {options.MaxBytes:N0}");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geoJson);
        }
        catch (JsonException e)
        {
            return Refused(FindingKind.NotJson, $"the file is not JSON: {e.Message}");
        }
        using (document) return Read(document.RootElement, options);
    }

    private static ImportReport Read(JsonElement root, ImportOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection"
            || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            return Refused(FindingKind.NotFeatureCollection, "the file is not a GeoJSON FeatureCollection with a features array");

        var count = features.GetArrayLength();
        if (count > options.MaxFeatures)
            return Refused(FindingKind.TooManyFeatures, $"the file has {count:N0} features; the limit is {options.MaxFeatures:N0}");

        var read = features.EnumerateArray().Select(FeatureReader.Read).ToList();
        var findings = read.SelectMany(f => f.Findings).ToList();
        var repeated = Repeats(read);
        findings.AddRange(repeated.Select(r => r.Finding));

        var shaped = read.Where(f => f.Shape is not null).ToList();
        var areas = AreaExtents.Build(shaped.Where(f => f.Code is not null).Select(f => (f.Code!, f.Shape!)));
        findings.AddRange(Overlaps.Find(shaped, options.ToleranceSquareMetres));
        findings.AddRange(Gaps.Find(shaped, areas, options.ToleranceSquareMetres));

        var dropped = repeated.Select(r => r.Index).ToHashSet();
        var grids = read.Where(f => f.Grid is not null && !dropped.Contains(f.Index)).Select(f => f.Grid!).ToList();
        return new(grids, findings);
    }

    /// <summary>Every feature whose code an earlier feature already has; the first keeps the code.</summary>
    private static List<(int Index, ImportFinding Finding)> Repeats(IReadOnlyList<FeatureRead> read)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<(int, ImportFinding)>();
        foreach (var feature in read.Where(f => f.Code is not null))
            if (!first.TryAdd(feature.Code!, feature.Index))
                repeats.Add((feature.Index, new(feature.Index, feature.Code, FindingKind.DuplicateCode,
                    $"{FeatureRead.Label(feature.Index, feature.Code)} repeats the code of feature {first[feature.Code!]}")));
        return repeats;
    }

    private static ImportReport Refused(FindingKind kind, string message) => new([], [new(null, null, kind, message)]);
}
