namespace GridActors.Accounts;

/// <summary>Failed sign-ins in a row, and the instant a lock they caused ends. Kept in the account's
/// state for an account, and in memory for a login nobody has, so both answer alike.</summary>
[GenerateSerializer, Alias("account.lockout.v1")]
public sealed class Lockout
{
    [Id(0)] public int FailuresInARow { get; set; }
    [Id(1)] public DateTimeOffset? LockedUntil { get; set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    /// <summary>Counts a failure; the last one allowed locks for the policy's lockout and starts the count afresh.</summary>
    public SignInOutcome Fail(DateTimeOffset now, AccountPolicy policy)
    {
        if (++FailuresInARow < policy.MaxFailures) return SignInOutcome.Refused;
        FailuresInARow = 0;
        LockedUntil = now + policy.Lockout;
        return SignInOutcome.LockedNow;
    }

    public void Succeed()
    {
        FailuresInARow = 0;
        LockedUntil = null;
    }
}
