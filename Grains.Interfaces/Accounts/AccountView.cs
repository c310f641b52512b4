using GridActors.Access;

namespace GridActors.Accounts;

/// <summary>An account as admins and its owner see it, and as a directory lists it: never its
/// password hash, its sessions or its failed attempts.</summary>
[GenerateSerializer, Immutable, Alias("account.view.v1")]
public sealed record AccountView(
    [property: Id(0)] string Login,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Role Role,
    [property: Id(3)] string? Scope,
    [property: Id(4)] string? WorkerId,
    [property: Id(5)] bool Enabled,
    [property: Id(6)] long Version)
{
    /// <summary>Who the account acts as: a worker by its worker id (hubs and dispatch know workers by
    /// it), a platform admin on the platform's documents, everyone else by login within its scope.</summary>
    public Actor ActingAs() => Role switch
    {
        Role.Worker => new(WorkerId ?? Login, Role, Scope ?? ""),
        Role.PlatformAdmin => new(Login, Role, PlatformScope),
        _ => new(Login, Role, Scope ?? ""),
    };

    /// <summary>The scope a platform admin's token carries: it acts on no area.</summary>
    public const string PlatformScope = "platform";
}

/// <summary>An account, or why the caller may not have it.</summary>
[GenerateSerializer, Immutable, Alias("account.reply.v1")]
public sealed record AccountReply(
    [property: Id(0)] Refusal? Refusal,
    [property: Id(1)] AccountView? Account);

/// <summary>What an access token is checked against: an account that is gone or disabled is not
/// <see cref="Active"/>, and <see cref="Stamp"/> changes whenever what a token says of it stops being
/// true (role, scope, worker, password, enabled).</summary>
[GenerateSerializer, Immutable, Alias("account.status.v1")]
public sealed record AccountStatus(
    [property: Id(0)] bool Active,
    [property: Id(1)] long Stamp);
