using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace GridActors;

/// <summary>The shape of the ids people and systems choose for cases and workers: they appear in
/// URLs, logs and SignalR group names, so they stay short and plain.</summary>
public static partial class Ids
{
    public const string Rule = "an id is 1 to 100 letters, digits, dots, dashes or underscores";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex Shape();

    /// <summary>A fresh case id: the reporting day in China time, then random hex.</summary>
    public static string NewIncidentId(TimeProvider clock) =>
        $"inc-{clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";

    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is not null && Shape().IsMatch(id);
}
