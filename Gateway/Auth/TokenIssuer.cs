using System.Text;
using GridActors.Access;
using GridActors.Accounts;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GridActors.Gateway.Auth;

/// <summary>Signs tokens with the configured key: access tokens of signed-in accounts, and the
/// development token endpoint's (and tests') tokens, which name no account.</summary>
public sealed class TokenIssuer(AuthSettings settings, TimeProvider clock)
{
    private readonly SigningCredentials credentials = new(
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)), SecurityAlgorithms.HmacSha256);

    public string Issue(Actor actor) => Issue(actor, settings.TokenLifetime, []);

    /// <summary>A signed-in account's short-lived access token, naming the account and its stamp.</summary>
    public string IssueFor(AccountView account, long stamp) => Issue(account.ActingAs(), settings.AccessTokenLifetime, new()
    {
        [Claims.Account] = account.Login,
        [Claims.Stamp] = stamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private string Issue(Actor actor, TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        claims[Claims.Subject] = actor.Id;
        claims[Claims.Role] = actor.Role.ToString();
        claims[Claims.Scope] = actor.Scope;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = credentials,
            Claims = claims,
        });
    }
}
