using System.Security.Claims;
using GridActors.Access;

namespace GridActors.Gateway.Auth;

/// <summary>The claims GridActors puts in its tokens and reads back as an <see cref="Actor"/>.</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Scope = "scope";
    /// <summary>The login a signed-in token belongs to (development tokens have none).</summary>
    public const string Account = "acct";
    /// <summary>The account's stamp when the token was issued: a token whose account moved on is refused.</summary>
    public const string Stamp = "stamp";
    /// <summary>A grant of an API key (<see cref="ApiKeyGrants"/>).</summary>
    public const string Grant = "grant";

    public static Actor Actor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(Subject) ?? throw new InvalidOperationException("an authenticated caller has a subject"),
        Enum.Parse<Role>(user.FindFirstValue(Role) ?? nameof(Access.Role.External), ignoreCase: true),
        user.FindFirstValue(Scope) ?? "");

    public static ClaimsIdentity Identity(Actor actor, string authenticationType) => new(
        [new Claim(Subject, actor.Id), new Claim(Role, actor.Role.ToString()), new Claim(Scope, actor.Scope)],
        authenticationType, Subject, Role);
}
