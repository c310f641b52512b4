namespace GridActors.Accounts;

/// <summary>The sign-in rules an operator of the platform may tune (section <c>GridActors:Accounts</c>).
/// <see cref="Development"/> follows <c>GridActors:Auth:Development</c>: only then may an account
/// have the published demo password.</summary>
public sealed record AccountPolicy
{
    public const string Section = "GridActors:Accounts";

    /// <summary>The demo accounts' password, printed in the README: refused outside development.</summary>
    public const string DemoPassword = "gridactors-demo";

    public const int MinimumPasswordLength = 10;
    public const int MaximumPasswordLength = 128;

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public int MaxFailures { get; init; } = 5;

    public TimeSpan Lockout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a refresh token lives unused; each refresh starts a new one.</summary>
    public TimeSpan RefreshLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Sessions an account keeps at once (its devices); starting one more ends the oldest,
    /// so the account's state stays small whatever a client does.</summary>
    public int MaxSessions { get; init; } = 10;

    public bool Development { get; init; }

    public static AccountPolicy Default { get; } = new();
}
