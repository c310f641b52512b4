using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Territory.Geometry;

/// <summary>Reads one entry of a FeatureCollection's <c>features</c>, finding everything wrong with it
/// rather than stopping at the first problem, so one report lists all a data clerk has to fix.</summary>
internal static class FeatureReader
{
    public static FeatureRead Read(JsonElement feature, int index)
    {
        if (feature.ValueKind != JsonValueKind.Object || !HasString(feature, "type", "Feature"))
            return new(index, null, null, null,
                [new(index, null, FindingKind.MalformedFeature, $"{FeatureRead.Label(index, null)} is not a GeoJSON Feature object")]);

        var properties = Property(feature, "properties") is { ValueKind: JsonValueKind.Object } p ? p : default;
        var rawCode = StringProperty(properties, "code");
        var code = AreaCode.IsGrid(rawCode) ? rawCode : null;
        var label = FeatureRead.Label(index, rawCode);
        var findings = new List<ImportFinding>();
        void Find(FindingKind kind, string message) => findings.Add(new(index, rawCode, kind, $"{label} {message}"));

        if (rawCode is null) Find(FindingKind.MissingCode, "has no code");
        else if (code is null) Find(FindingKind.MalformedCode, "has a code that is not a grid code (12-digit village code, '-', 2 to 4 digits)");

        var name = StringProperty(properties, "name")?.Trim();
        if (string.IsNullOrEmpty(name)) Find(FindingKind.MissingName, "has no name");

        var type = GridTypeOf(StringProperty(properties, "type"));
        if (type is null) Find(FindingKind.UnknownType, $"has type '{StringProperty(properties, "type")}', not one of {string.Join(", ", Enum.GetNames<GridType>())}");

        foreach (var problem in ParentProblems(properties, code)) Find(FindingKind.ParentMismatch, problem);

        var shape = ReadShape(feature, Find);

        var grid = findings.Count == 0 && AreaCode.Ancestors(code!) is [var village, var town, var district]
            ? new TerritoryGrid(code!, name!, type!.Value, village, town, district, shape!, JsonSerializer.Serialize(shape, GeoJson.Options))
            : null;
        return new(index, code, grid, shape, findings);
    }

    /// <summary>Only a declared name counts: <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would
    /// also take "3" or "Park,School".</summary>
    private static GridType? GridTypeOf(string? text) =>
        Enum.GetNames<GridType>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<GridType>(name)
            : null;

    /// <summary>The grid, village, town and district codes given must each be of their level and lie in the next one up.</summary>
    private static IEnumerable<string> ParentProblems(JsonElement properties, string? code)
    {
        var chain = new List<(string Label, string Code)>();
        if (code is not null) chain.Add(("code", code));
        foreach (var (property, level, digits) in new[] { ("village", AreaLevel.Village, 12), ("town", AreaLevel.Town, 9), ("district", AreaLevel.District, 6) })
        {
            if (Property(properties, property) is not { ValueKind: not JsonValueKind.Null } value) continue;
            var given = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (given is null || !AreaCode.IsValid(given) || AreaCode.LevelOf(given) != level)
                yield return $"has {property} '{value}', not a {digits}-digit {property} code";
            else
                chain.Add((property, given));
        }
        for (var i = 1; i < chain.Count; i++)
            if (!chain[i - 1].Code.StartsWith(chain[i].Code, StringComparison.Ordinal))
                yield return $"has {chain[i - 1].Label} {chain[i - 1].Code}, which does not lie in {chain[i].Label} {chain[i].Code}";
    }

    /// <summary>The boundary if it is a valid polygon or multipolygon in lon/lat range; null otherwise.</summary>
    private static NtsGeometry? ReadShape(JsonElement feature, Action<FindingKind, string> find)
    {
        if (Property(feature, "geometry") is not { ValueKind: JsonValueKind.Object } json)
        {
            find(FindingKind.NotPolygon, "has no geometry");
            return null;
        }
        NtsGeometry? shape;
        try
        {
            shape = json.Deserialize<NtsGeometry>(GeoJson.Options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // The reader and NTS throw these for unknown types, short or unclosed rings and malformed coordinates.
            find(FindingKind.InvalidPolygon, $"has a geometry that cannot be read: {e.Message}");
            return null;
        }
        if (shape is not (Polygon or MultiPolygon))
        {
            find(FindingKind.NotPolygon, $"has a {shape?.GeometryType ?? "missing"} geometry, not a Polygon or MultiPolygon");
            return null;
        }
        if (shape.Coordinates.FirstOrDefault(c => !InRange(c)) is { } outside)
        {
            find(FindingKind.CoordinatesOutOfRange, $"has coordinate ({outside.X}, {outside.Y}) outside longitude -180..180, latitude -90..90 (GeoJSON is [longitude, latitude])");
            return null;
        }
        if (shape.IsEmpty)
        {
            find(FindingKind.InvalidPolygon, "has an empty polygon");
            return null;
        }
        if (new IsValidOp(shape).ValidationError is { } error)
        {
            find(FindingKind.InvalidPolygon, $"is not a valid polygon: {error.Message} at ({error.Coordinate?.X}, {error.Coordinate?.Y})");
            return null;
        }
        return shape;
    }

    private static bool InRange(Coordinate c) =>
        double.IsFinite(c.X) && double.IsFinite(c.Y) && c.X is >= -180 and <= 180 && c.Y is >= -90 and <= 90;

    private static bool HasString(JsonElement element, string property, string expected) =>
        StringProperty(element, property) == expected;

    private static string? StringProperty(JsonElement element, string property) =>
        Property(element, property) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>A member of an object; null when absent or when <paramref name="element"/> is no object (missing properties read as empty).</summary>
    private static JsonElement? Property(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value : null;
}
