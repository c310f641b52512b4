using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace GridActors;

/// <summary>National 12-digit administrative-division codes, cut to their level, plus grid numbers.</summary>
public static partial class AreaCode
{
    [GeneratedRegex(@"^(\d{6}|\d{9}|\d{12}|\d{12}-\d{2,4})$")]
    private static partial Regex Shape();

    public static bool IsValid([NotNullWhen(true)] string? code) => code is not null && Shape().IsMatch(code);

    public static Territory.AreaLevel LevelOf(string code) => code.Length switch
    {
        6 => Territory.AreaLevel.District,
        9 => Territory.AreaLevel.Town,
        12 => Territory.AreaLevel.Village,
        _ => Territory.AreaLevel.Grid,
    };

    public static bool IsGrid([NotNullWhen(true)] string? code) => IsValid(code) && code!.Contains('-');

    /// <summary>The code of the enclosing area one level up; null for a district.</summary>
    public static string? Parent(string code) => LevelOf(code) switch
    {
        Territory.AreaLevel.Grid => code[..12],
        Territory.AreaLevel.Village => code[..9],
        Territory.AreaLevel.Town => code[..6],
        _ => null,
    };

    /// <summary>The enclosing areas of a code, nearest first: village, town, district for a grid.</summary>
    public static IReadOnlyList<string> Ancestors(string code)
    {
        var result = new List<string>(3);
        for (var parent = Parent(code); parent is not null; parent = Parent(parent)) result.Add(parent);
        return result;
    }

    /// <summary>True when <paramref name="inner"/> lies in <paramref name="area"/> (or is it).</summary>
    public static bool Contains(string area, string inner) =>
        IsValid(area) && IsValid(inner) && inner.StartsWith(area, StringComparison.Ordinal)
        && (inner.Length == area.Length || !IsGrid(area));
}
