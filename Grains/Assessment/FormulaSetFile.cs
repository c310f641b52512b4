using System.Globalization;
using System.Text.Json;
using GridActors.Configuration;

namespace GridActors.Assessment;

/// <summary>Reads a formula set from its JSON and checks it whole: every fault is named by its entry
/// (<c>indicators.rework.weight</c>, <c>grades[2].from</c>), so an admin fixes them in one go.</summary>
public static class FormulaSetFile
{
    public const int MaxDescription = 2000;

    /// <summary>The shipped set, version 1.</summary>
    public static string Shipped { get; } = ConfigurationJson.EmbeddedText("formulas.json");

    public static (FormulaSet? Set, IReadOnlyList<ConfigurationFault> Faults) Read(string json, int version)
    {
        var faults = new List<ConfigurationFault>();
        JsonDocument document;
        try { document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { return (null, [new("body", $"not JSON: {e.Message}")]); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, [new("body", "a formula set is a JSON object")]);
            foreach (var p in root.EnumerateObject())
                if (p.Name is not ("description" or "satisfiedFrom" or "dispatchLimit" or "townDistrictTarget" or "grades" or "indicators"))
                    faults.Add(new(p.Name, "unknown entry"));
            if (root.TryGetProperty("description", out var description) && description.ValueKind != JsonValueKind.String)
                faults.Add(new("description", "a text"));
            var satisfiedFrom = Integer(root, "satisfiedFrom", 1, 5, faults);
            var dispatchLimit = Duration(root, "dispatchLimit", faults);
            var target = Number(root, "townDistrictTarget", faults, "a share above 0 and below 1, e.g. 0.2", v => v is > 0 and < 1);
            var grades = Grades(root, faults);
            var indicators = Indicators(root, faults);
            return faults.Count > 0 ? (null, faults)
                : (new FormulaSet(version, indicators, satisfiedFrom, dispatchLimit, target, grades), []);
        }
    }

    private static int Integer(JsonElement root, string name, int min, int max, List<ConfigurationFault> faults)
    {
        if (root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) && v >= min && v <= max) return v;
        faults.Add(new(name, $"a whole number from {min} to {max}"));
        return 0;
    }

    private static decimal Number(JsonElement root, string name, List<ConfigurationFault> faults, string rule, Func<decimal, bool> valid, string? entry = null)
    {
        if (root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var v) && valid(v)) return v;
        faults.Add(new(entry ?? name, rule));
        return 0;
    }

    private static TimeSpan Duration(JsonElement root, string name, List<ConfigurationFault> faults)
    {
        if (root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String
            && TimeSpan.TryParseExact(e.GetString(), "c", CultureInfo.InvariantCulture, out var v) && v > TimeSpan.Zero && v <= TimeSpan.FromDays(30))
            return v;
        faults.Add(new(name, "working time as d.hh:mm:ss or hh:mm:ss, above zero and at most 30 days"));
        return TimeSpan.Zero;
    }

    /// <summary>Highest first, each below the one before, the last from 0, so every score has exactly one grade.</summary>
    private static List<GradeBand> Grades(JsonElement root, List<ConfigurationFault> faults)
    {
        var bands = new List<GradeBand>();
        if (!root.TryGetProperty("grades", out var grades) || grades.ValueKind != JsonValueKind.Array || grades.GetArrayLength() == 0)
        {
            faults.Add(new("grades", "a list of { grade, from }, highest first, the last from 0"));
            return bands;
        }
        var i = 0;
        foreach (var g in grades.EnumerateArray())
        {
            var entry = $"grades[{i++}]";
            var name = g.ValueKind == JsonValueKind.Object && g.TryGetProperty("grade", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            if (name.Length is 0 or > 8 || bands.Exists(b => b.Grade == name)) faults.Add(new($"{entry}.grade", "a name of 1 to 8 characters, not used by another band"));
            var from = g.ValueKind == JsonValueKind.Object && g.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.Number && f.TryGetDecimal(out var v) ? v : -1;
            if (from is < 0 or > 100 || (bands.Count > 0 && from >= bands[^1].From))
                faults.Add(new($"{entry}.from", "a score from 0 to 100, below the band before"));
            bands.Add(new(name, from));
        }
        if (bands[^1].From != 0) faults.Add(new("grades", "the last band starts from 0, so every score has a grade"));
        return bands;
    }

    private static List<IndicatorFormula> Indicators(JsonElement root, List<ConfigurationFault> faults)
    {
        var list = new List<IndicatorFormula>();
        if (!root.TryGetProperty("indicators", out var indicators) || indicators.ValueKind != JsonValueKind.Object)
        {
            faults.Add(new("indicators", "an object with an entry for each indicator"));
            return list;
        }
        foreach (var p in indicators.EnumerateObject())
            if (!Indicator.All.Any(i => i.Code == p.Name)) faults.Add(new($"indicators.{p.Name}", "unknown indicator"));
        foreach (var (code, direction) in Indicator.All)
        {
            if (!indicators.TryGetProperty(code, out var i) || i.ValueKind != JsonValueKind.Object)
            {
                faults.Add(new($"indicators.{code}", "missing: every indicator has a weight and a description"));
                continue;
            }
            var weight = Number(i, "weight", faults, "a weight from 0 to 1000", v => v is >= 0 and <= 1000, $"indicators.{code}.weight");
            var text = i.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : "";
            if (text.Length is 0 or > MaxDescription) faults.Add(new($"indicators.{code}.description", $"what it counts, in 1 to {MaxDescription} characters"));
            list.Add(new(code, direction, weight, text));
        }
        if (list.Count == Indicator.All.Count && list.All(i => i.Weight == 0))
            faults.Add(new("indicators", "at least one indicator has a weight above 0, or no composite score can be made"));
        return list;
    }
}
