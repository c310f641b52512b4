using System.Globalization;
using System.Security.Claims;
using GridActors.Access;
using GridActors.Accounts;
using GridActors.Gateway.Problems;

namespace GridActors.Gateway.Auth;

public sealed record SignInRequest(string Login, string Password);

public sealed record RefreshRequest(string RefreshToken);

/// <summary>An access token for <see cref="ExpiresIn"/> seconds, and the refresh token that gets the next.</summary>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn);

/// <summary>The signed-in account, as its owner sees it.</summary>
public sealed record Me(string Login, string DisplayName, Role Role, string? Scope, string? WorkerId);

/// <summary>Password sign-in, refresh and sign-out. Every attempt is logged with the login, the
/// outcome and the remote address, never the password. An unknown login, a wrong password and a
/// disabled account get the one 401; a locked account 429 with <c>Retry-After</c> and
/// <c>lockedUntil</c>: the lock is the answer to too many requests, and 429 with Retry-After is what
/// clients and proxies already understand as "try again then" (423 is WebDAV's lock of a resource).</summary>
public static class SignInApi
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/auth").WithTags("Sign-in");
        api.MapPost("/token", SignIn).AllowAnonymous()
            .WithSummary("Sign in with login and password: an access token, its lifetime in seconds and a refresh token");
        api.MapPost("/refresh", Refresh).AllowAnonymous()
            .WithSummary("A new access token for a refresh token, which is then spent: use the new refresh token next");
        api.MapPost("/signout", SignOut).AllowAnonymous().WithSummary("Revoke a refresh token");
        api.MapGet("/me", GetMe).WithSummary("The signed-in account: login, display name, role, scope, worker id");
    }

    private static async Task<IResult> SignIn(SignInRequest body, HttpContext http, IGrainFactory grains, TokenIssuer issuer,
        AuthSettings settings, ILogger<SignInLog> log)
    {
        if (!Ids.IsValid(body.Login)) return RefusalResults.Invalid("login", $"login is required: {Ids.Rule}");
        if (string.IsNullOrEmpty(body.Password)) return RefusalResults.Invalid("password", "password is required");
        var refresh = RefreshTokens.New(body.Login);
        var result = await grains.GetGrain<IAccountGrain>(body.Login).SignIn(body.Password, RefreshTokens.Hash(refresh));
        var remote = Remote(http);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                log.LogInformation("Sign-in of {Login} from {Remote}: signed in", body.Login, remote);
                return Tokens(result, refresh, issuer, settings);
            case SignInOutcome.LockedNow:
                log.LogInformation("Sign-in of {Login} from {Remote}: refused ({Reason}); the account is locked until {LockedUntil:O}",
                    body.Login, remote, result.Reason, result.LockedUntil);
                return Locked(result.LockedUntil!.Value, http);
            case SignInOutcome.Locked:
                log.LogInformation("Sign-in of {Login} from {Remote}: refused (locked until {LockedUntil:O})", body.Login, remote, result.LockedUntil);
                return Locked(result.LockedUntil!.Value, http);
            default:
                log.LogInformation("Sign-in of {Login} from {Remote}: refused ({Reason})", body.Login, remote, result.Reason);
                return WrongCredentials("wrong login or password");
        }
    }

    private static async Task<IResult> Refresh(RefreshRequest body, HttpContext http, IGrainFactory grains, TokenIssuer issuer,
        AuthSettings settings, ILogger<SignInLog> log)
    {
        if (RefreshTokens.LoginOf(body.RefreshToken) is not { } login) return WrongCredentials("the refresh token is not valid");
        var next = RefreshTokens.New(login);
        var result = await grains.GetGrain<IAccountGrain>(login).Refresh(RefreshTokens.Hash(body.RefreshToken), RefreshTokens.Hash(next));
        if (result.Outcome == SignInOutcome.SignedIn)
        {
            log.LogInformation("Refresh of {Login} from {Remote}: signed in", login, Remote(http));
            return Tokens(result, next, issuer, settings);
        }
        log.LogInformation("Refresh of {Login} from {Remote}: refused ({Reason})", login, Remote(http), result.Reason);
        return WrongCredentials("the refresh token is not valid, expired, spent or revoked: sign in again");
    }

    /// <summary>Always 204: a token that was spent or never valid is revoked all the same. The Orleans
    /// dashboard's cookie (an access token) is expired too, so a shared browser's dashboard closes with it.</summary>
    private static async Task<IResult> SignOut(RefreshRequest body, HttpContext http, IGrainFactory grains, ILogger<SignInLog> log)
    {
        http.Response.Cookies.Delete(Observability.DashboardSession.Cookie, new CookieOptions { Path = Observability.DashboardSession.Path });
        if (RefreshTokens.LoginOf(body.RefreshToken) is { } login)
        {
            await grains.GetGrain<IAccountGrain>(login).SignOut(RefreshTokens.Hash(body.RefreshToken));
            log.LogInformation("Sign-out of {Login} from {Remote}", login, Remote(http));
        }
        return TypedResults.NoContent();
    }

    /// <summary>A development token names no account: it answers what the token says.</summary>
    private static async Task<IResult> GetMe(ClaimsPrincipal user, IGrainFactory grains)
    {
        if (user.FindFirst(Claims.Account)?.Value is not { } login)
        {
            var actor = user.Actor();
            return TypedResults.Ok(new Me(actor.Id, actor.Id, actor.Role, actor.Scope, actor.Role == Role.Worker ? actor.Id : null));
        }
        return await grains.GetGrain<IAccountGrain>(login).GetOwn() is { } account
            ? TypedResults.Ok(new Me(account.Login, account.DisplayName, account.Role, account.Scope, account.WorkerId))
            : WrongCredentials("the account is disabled or deleted");
    }

    private static IResult Tokens(SignInResult result, string refresh, TokenIssuer issuer, AuthSettings settings) =>
        TypedResults.Ok(new TokenResponse(issuer.IssueFor(result.Account!, result.Stamp), refresh, (int)settings.AccessTokenLifetime.TotalSeconds));

    private static IResult WrongCredentials(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");

    private static IResult Locked(DateTimeOffset until, HttpContext http)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((until - http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            detail: $"too many failed sign-ins: the account is locked until {until.ToOffset(TimeSpan.FromHours(8)):O}",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Account locked",
            extensions: new Dictionary<string, object?> { ["lockedUntil"] = until.ToOffset(TimeSpan.FromHours(8)) });
    }

    private static string Remote(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>The log category of sign-ins, refreshes and sign-outs (<c>GridActors.Gateway.Auth.SignInLog</c>):
/// an audit trail, so every line is at information, below the level where repeated warnings are
/// folded into a count (a spray of wrong passwords across logins keeps every login it tried).</summary>
public sealed class SignInLog;
