using GridActors.Access;

namespace GridActors.Accounts;

[GenerateSerializer, Alias("account.state.v1")]
public sealed class AccountState
{
    [Id(0)] public string DisplayName { get; set; } = "";
    [Id(1)] public Role Role { get; set; }
    [Id(2)] public string? Scope { get; set; }
    [Id(3)] public string? WorkerId { get; set; }
    [Id(4)] public bool Enabled { get; set; }
    /// <summary>PasswordHasher's output (algorithm marker, salt and subkey): the only form the password is kept in.</summary>
    [Id(5)] public string PasswordHash { get; set; } = "";
    [Id(6)] public long Version { get; set; }
    [Id(7)] public long Stamp { get; set; }
    [Id(8)] public Lockout Lockout { get; set; } = new();
    /// <summary>Refresh token SHA-256 (hex) to the instant it expires.</summary>
    [Id(9)] public Dictionary<string, DateTimeOffset> Sessions { get; set; } = [];

    public AccountView View(string login) => new(login, DisplayName, Role, Scope, WorkerId, Enabled, Version);
}
