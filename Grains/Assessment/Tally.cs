namespace GridActors.Assessment;

/// <summary>Numerators and denominators by unit and indicator, as the facts of the period add them.
/// A unit is an area code, <c>worker:{id}</c> or <c>department:{code}</c>. Kept in ordinal order, so
/// whatever reads it out reads it the same way every time.</summary>
public sealed class Tally
{
    private readonly SortedDictionary<string, SortedDictionary<string, (decimal Numerator, decimal Denominator)>> units = new(StringComparer.Ordinal);

    public const string WorkerPrefix = "worker:";
    public const string DepartmentPrefix = "department:";

    public static string Worker(string id) => WorkerPrefix + id;

    public static string Department(string code) => DepartmentPrefix + code;

    /// <summary>Counts one more in the denominator, and <paramref name="numerator"/> (1 for a hit, a
    /// score for an evaluation) in the numerator, for each unit named.</summary>
    public void Add(string indicator, decimal numerator, IEnumerable<string?> to, decimal denominator = 1)
    {
        foreach (var unit in to)
        {
            if (unit is null) continue;
            if (!units.TryGetValue(unit, out var figures)) units[unit] = figures = new(StringComparer.Ordinal);
            var (n, d) = figures.GetValueOrDefault(indicator);
            figures[indicator] = (n + numerator, d + denominator);
        }
    }

    public void Count(string indicator, bool hit, IEnumerable<string?> to) => Add(indicator, hit ? 1 : 0, to);

    /// <summary>Makes sure a unit is listed even with nothing counted (a grid with no case).</summary>
    public void Touch(string unit)
    {
        if (!units.ContainsKey(unit)) units[unit] = new(StringComparer.Ordinal);
    }

    public IEnumerable<string> Units => units.Keys;

    public (decimal Numerator, decimal Denominator) Of(string unit, string indicator) =>
        units.TryGetValue(unit, out var figures) ? figures.GetValueOrDefault(indicator) : default;
}
