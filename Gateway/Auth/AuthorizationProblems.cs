using GridActors.Incidents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GridActors.Gateway.Auth;

/// <summary>A request a route's policy turns away gets a problem that says why: 401 says which
/// credential is missing or not valid, 403 which roles the route needs and what the caller is. The
/// schemes still challenge (so a 401 keeps its <c>WWW-Authenticate</c>) and forbid as before.</summary>
public sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            await Each(policy, scheme => context.ChallengeAsync(scheme), () => context.ChallengeAsync());
            await Unauthenticated(context.Request).ExecuteAsync(context);
        }
        else if (authorizeResult.Forbidden)
        {
            await Each(policy, scheme => context.ForbidAsync(scheme), () => context.ForbidAsync());
            await Forbidden(context, authorizeResult.AuthorizationFailure).ExecuteAsync(context);
        }
        else
        {
            await framework.HandleAsync(next, context, policy, authorizeResult);
        }
    }

    private static IResult Unauthenticated(HttpRequest request)
    {
        var detail = request.Headers.ContainsKey(ApiKeyHandler.Header)
            ? $"The {ApiKeyHandler.Header} key is not one this platform knows."
            : request.Headers.Authorization.Count > 0 || request.Query.ContainsKey("access_token")
                ? "The bearer token is not valid: malformed, expired, or not signed by this platform for it."
                : $"This needs a bearer token (Authorization: Bearer …) or an external system's key ({ApiKeyHandler.Header}); the request has neither.";
        return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static IResult Forbidden(HttpContext context, AuthorizationFailure? failure)
    {
        var needed = failure?.FailedRequirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToList() ?? [];
        var user = context.User;
        var role = user.FindFirst(Claims.Role)?.Value ?? "none";
        var scope = user.FindFirst(Claims.Scope)?.Value is { Length: > 0 } area ? area : "the whole platform";
        var route = $"{context.Request.Method} {context.Request.Path}";
        var need = needed switch
        {
            [] => "a permission the caller lacks",
            [var one] => $"the role {one}",
            _ => $"one of the roles {string.Join(", ", needed)}",
        };
        return TypedResults.Problem(
            detail: $"{route} needs {need}; the caller {user.FindFirst(Claims.Subject)?.Value} has the role {role} and the scope {scope}.",
            statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = nameof(RefusalCode.NotPermitted),
                ["requiredRoles"] = needed,
                ["callerRole"] = role,
                ["callerScope"] = user.FindFirst(Claims.Scope)?.Value ?? "",
            });
    }

    private static async Task Each(AuthorizationPolicy policy, Func<string, Task> withScheme, Func<Task> withDefault)
    {
        if (policy.AuthenticationSchemes.Count == 0)
        {
            await withDefault();
            return;
        }
        foreach (var scheme in policy.AuthenticationSchemes) await withScheme(scheme);
    }
}
