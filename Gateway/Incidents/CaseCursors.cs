using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GridActors.Gateway.Auth;
using GridActors.Incidents;

namespace GridActors.Gateway.Incidents;

/// <summary>A list's <c>cursor</c>: where the last page ended, signed with a key derived from the
/// token signing key every gateway shares, so any gateway continues a list and an edited cursor is
/// refused rather than read.</summary>
public sealed class CaseCursors(AuthSettings auth)
{
    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(auth.SigningKey!), 32,
        info: Encoding.UTF8.GetBytes("gridactors case list cursor v1"));

    public string Write(CaseKey after)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Cursor(after.Order.By, after.Order.Descending, after.Value?.UtcTicks, after.Id));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    public CaseKey? Read(string cursor)
    {
        var parts = cursor.Split('.');
        if (parts.Length != 2 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1])) return null;
        var payload = Base64Url.DecodeFromChars(parts[0]);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), Base64Url.DecodeFromChars(parts[1]))) return null;
        var read = JsonSerializer.Deserialize<Cursor>(payload)!;
        return new CaseKey(new CaseOrder(read.By, read.Descending),
            read.Ticks is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null, read.Id);
    }

    private sealed record Cursor(CaseSort By, bool Descending, long? Ticks, string Id);
}
