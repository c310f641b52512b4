using System.Text.RegularExpressions;

namespace GridActors.Incidents;

/// <summary>The shape of a department's code (<c>police</c>, <c>urban-management</c>): what a dispatch
/// names as its handler, a department account or API key as its scope, and a queue's URL.</summary>
public static partial class DepartmentCode
{
    public const string Rule = "a department code is 2 to 41 lower-case letters, digits and dashes, starting with a letter";

    [GeneratedRegex("^[a-z][a-z0-9-]{1,40}$")]
    private static partial Regex Shape();

    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? code) => code is not null && Shape().IsMatch(code);
}
