using GridActors.Access;

namespace GridActors.Accounts;

/// <summary>What an admin sets on an account. <see cref="Scope"/> is an area code for operators,
/// supervisors and admins, the worker's grid for a worker, the department code for a department, and
/// empty for a platform admin. <see cref="Password"/> is required when the account is created and
/// replaces the password when given on a change; it is hashed in the account grain and never stored.</summary>
[GenerateSerializer, Immutable, Alias("account.input.v1")]
public sealed record AccountInput(
    [property: Id(0)] string? DisplayName,
    [property: Id(1)] Role? Role,
    [property: Id(2)] string? Scope,
    [property: Id(3)] string? WorkerId,
    [property: Id(4)] bool? Enabled,
    [property: Id(5)] string? Password);
