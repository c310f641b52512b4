using System.Security.Cryptography;
using System.Text;

namespace GridActors.Territory;

/// <summary>The version of a territory file: the SHA-256 of its text (hex), so the same file is the
/// same version on every silo and after every restart.</summary>
public static class TerritoryVersion
{
    public static string Of(string geoJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(geoJson)));
}
