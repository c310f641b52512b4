using GridActors.Gateway.Auth;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GridActors.Gateway.Observability;

/// <summary>The Orleans dashboard is a page whose script fetches its data with no way to add a bearer
/// token. A platform admin signed in with one POSTs it to <see cref="SessionRoute"/> and is given it
/// back as an HttpOnly, SameSite=Strict cookie that only the dashboard's path receives and that ends
/// with the token; the bearer handler reads it there and checks it (and its account) as any token.</summary>
public static class DashboardSession
{
    public const string Path = "/admin/orleans";
    public const string SessionRoute = "/api/v1/admin/orleans/session";
    public const string Cookie = "GridActors-Dashboard";

    public static void MapDashboardSession(this WebApplication app) =>
        app.MapPost(SessionRoute, (HttpContext context) =>
        {
            var token = context.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
            context.Response.Cookies.Append(Cookie, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = Path,
                Expires = new JsonWebToken(token).ValidTo,
            });
            return Results.NoContent();
        })
        .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute
        {
            Policy = Policies.PlatformAdmin,
            AuthenticationSchemes = Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme,
        })
        .WithSummary("Gives a platform admin's bearer token back as the Orleans dashboard's cookie (path /admin/orleans, HttpOnly, SameSite=Strict, ending with the token).")
        .WithTags("Admin");

    /// <summary>The dashboard can show any grain's state, and the registers' grains hold people's
    /// details whose every read goes to the audit trail: that view is refused here. The route matched
    /// decides, not the path asked, which routing also matches with a trailing slash.</summary>
    public static ValueTask<object?> RefuseGrainState(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        (context.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.EndsWith("/GrainState", StringComparison.OrdinalIgnoreCase) == true
            ? ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                detail: "Grain state is not shown: it would bypass the registers' audit trail."))
            : next(context);
}
