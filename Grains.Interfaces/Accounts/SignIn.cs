namespace GridActors.Accounts;

/// <summary>How a sign-in or a refresh ended. <see cref="Refused"/> is the one answer for an unknown
/// login, a wrong password, a disabled account and an unknown or expired refresh token, so none of
/// them tells a guesser which it was.</summary>
public enum SignInOutcome { SignedIn, Refused, Locked, LockedNow }

/// <summary>A session is the refresh token's SHA-256 (the token itself is never sent to the grain),
/// with the account it signs in as and the stamp the access token carries.</summary>
[GenerateSerializer, Immutable, Alias("account.sign-in.v1")]
public sealed record SignInResult(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] AccountView? Account,
    [property: Id(2)] long Stamp,
    [property: Id(3)] DateTimeOffset? LockedUntil,
    [property: Id(4)] DateTimeOffset? SessionExpires)
{
    /// <summary>Why the refusal was made, for the sign-in log only (never for the caller).</summary>
    [Id(5)] public string? Reason { get; init; }
}
