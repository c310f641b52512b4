using System.Security.Claims;
using System.Text.Encodings.Web;
using GridActors.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GridActors.Gateway.Auth;

/// <summary>External systems and departments' systems authenticate with <c>X-Api-Key</c>; only the
/// key's hash is configured.</summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var given) || given.Count != 1 || string.IsNullOrEmpty(given[0]))
            return Task.FromResult(AuthenticateResult.NoResult());
        var hash = AuthSettings.Hash(given[0]!);
        foreach (var (name, key) in settings.ApiKeys)
        {
            if (!string.Equals(key.Sha256, hash, StringComparison.OrdinalIgnoreCase)) continue;
            var identity = Claims.Identity(key.ActorFor(name), SchemeName);
            identity.AddClaims(key.Grants.Select(g => new Claim(Claims.Grant, g)));
            var principal = new ClaimsPrincipal(identity);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
        }
        return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
    }
}
