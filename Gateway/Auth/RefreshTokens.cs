using System.Security.Cryptography;
using System.Text;

namespace GridActors.Gateway.Auth;

/// <summary>A refresh token is the login, a dot, and 32 random bytes (base64url): the login says which
/// account grain to ask, and only the token's SHA-256 is stored there. A fast hash is enough for 256
/// random bits, which no dictionary holds.</summary>
public static class RefreshTokens
{
    public static string New(string login) => $"{login}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The login of a token of the right shape, else null.</summary>
    public static string? LoginOf(string? token)
    {
        var dot = token?.LastIndexOf('.') ?? -1;
        if (dot <= 0 || token!.Length - dot - 1 != 43) return null;
        var login = token[..dot];
        return Ids.IsValid(login) ? login : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
