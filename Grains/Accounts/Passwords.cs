using Microsoft.AspNetCore.Identity;

namespace GridActors.Accounts;

/// <summary>ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, a salt per hash).
/// A check against a wrong or unknown login costs the same as a right one, so timing tells nothing.</summary>
public sealed class Passwords
{
    private readonly PasswordHasher<Passwords> hasher = new();
    private readonly Lazy<string> demoHash;
    private readonly Lazy<string> nobody;

    public Passwords()
    {
        // Hashing costs tens of milliseconds by design; the demo seeds hundreds of accounts with the
        // one published password, so it is hashed once per process (its salt shared: the password
        // is public anyway, and it exists only in development).
        demoHash = new(() => hasher.HashPassword(this, AccountPolicy.DemoPassword));
        nobody = new(() => hasher.HashPassword(this, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
    }

    public string Hash(string password) =>
        password == AccountPolicy.DemoPassword ? demoHash.Value : hasher.HashPassword(this, password);

    /// <summary>True when the password matches; an empty <paramref name="hash"/> (no such account) is
    /// checked against a random one, spending the same time to say no.</summary>
    public bool Verify(string hash, string password)
    {
        var result = hasher.VerifyHashedPassword(this, hash.Length > 0 ? hash : nobody.Value, password);
        return hash.Length > 0 && result != PasswordVerificationResult.Failed;
    }
}
