using System.Security.Cryptography;
using System.Text;

namespace GridActors.Tests.Webhooks;

/// <summary>The Standard Webhooks signature checked by hand, independently of the sender's library:
/// HMAC-SHA256 keyed with the secret's base64 after <c>whsec_</c>, over <c>id.timestamp.body</c>,
/// in base64, as one of the space-separated <c>v1,…</c> entries of <c>webhook-signature</c>.</summary>
public static class Signatures
{
    public static bool Verify(string secret, Received received)
    {
        Assert.StartsWith("whsec_", secret);
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{received.Id}.{received.Timestamp}.{received.Body}")));
        return received.Signature.Split(' ').Any(s => s.StartsWith("v1,", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s[3..]), Encoding.ASCII.GetBytes(expected)));
    }
}
