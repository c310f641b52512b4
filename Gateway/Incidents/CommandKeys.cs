using System.Security.Cryptography;
using System.Text;
using GridActors.Access;

namespace GridActors.Gateway.Incidents;

/// <summary>Turns a caller's <c>Idempotency-Key</c> into the ids the grains dedupe on. Keys are
/// scoped to the caller, so two systems that happen to pick the same key never collide.</summary>
public static class CommandKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;

    /// <summary>The id of the case a keyed report creates: a retry lands on the same case.</summary>
    public static string IncidentIdFor(Actor caller, string key) => "inc-" + Digest(caller, key)[..24];

    /// <summary>The command id for a keyed command; a fresh one when there is no key.</summary>
    public static string CommandIdFor(Actor caller, string? key) =>
        key is null ? Guid.NewGuid().ToString("N") : "key-" + Digest(caller, key)[..32];

    public static string? Problem(string? key) =>
        key is not null && (key.Length is 0 or > MaxLength || key.Any(char.IsControl))
            ? $"{Header} is 1 to {MaxLength} printable characters"
            : null;

    private static string Digest(Actor caller, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{caller.Role}\n{caller.Id}\n{key}")));
}
