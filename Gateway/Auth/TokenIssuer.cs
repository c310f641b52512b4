using System.Text;
using GridActors.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GridActors.Gateway.Auth;

/// <summary>Signs tokens with the configured key. Used by the development token endpoint and by tests;
/// production tokens come from the organisation's identity provider with the same claims.</summary>
public sealed class TokenIssuer(AuthSettings settings, TimeProvider clock)
{
    private readonly SigningCredentials credentials = new(
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)), SecurityAlgorithms.HmacSha256);

    public string Issue(Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.TokenLifetime,
            SigningCredentials = credentials,
            Claims = new Dictionary<string, object>
            {
                [Claims.Subject] = actor.Id,
                [Claims.Role] = actor.Role.ToString(),
                [Claims.Scope] = actor.Scope,
            },
        });
    }
}
