using GridActors.Access;
using GridActors.Gateway.Problems;
using GridActors.Incidents;

namespace GridActors.Gateway.Auth;

/// <summary>Asks for a development token: a role, and the area (or department) it acts in.</summary>
public sealed record DevTokenRequest(string Role, string? AreaCode = null, string? WorkerId = null, string? Department = null);

public sealed record DevTokenResponse(string AccessToken);

public static class DevTokensApi
{
    /// <summary>Only in development mode: anyone may mint any token, which is the point of a
    /// development issuer and exactly why production never maps it.</summary>
    public static void MapDevTokens(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<AuthSettings>().IsDevelopment) return;
        app.MapPost("/api/v1/dev/tokens", Issue).AllowAnonymous().WithTags("Development")
            .WithSummary("Mint a development token (embedded default only)");
    }

    /// <summary>A platform admin acts on no area (its token needs none): its documents are every district's.</summary>
    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");

    private static IResult Issue(DevTokenRequest request, TokenIssuer issuer)
    {
        if (!Enum.TryParse<Role>(request.Role, ignoreCase: true, out var role) || role == Role.External || !Enum.IsDefined(role))
            return RefusalResults.Invalid("role", "role is one of operator, supervisor, worker, department, admin, platformAdmin");
        Actor? actor = role switch
        {
            Role.Worker when Ids.IsValid(request.WorkerId) && AreaCode.IsGrid(request.AreaCode) => new(request.WorkerId, role, request.AreaCode!),
            Role.Worker => null,
            Role.Department when DepartmentCode.IsValid(request.Department) => new(request.Department, role, request.Department),
            Role.Department => null,
            Role.PlatformAdmin => PlatformAdmin,
            _ when AreaCode.IsValid(request.AreaCode) => new($"{role.ToString().ToLowerInvariant()}-{request.AreaCode}", role, request.AreaCode!),
            _ => null,
        };
        if (actor is null)
            return role switch
            {
                Role.Worker when !Ids.IsValid(request.WorkerId) => RefusalResults.Invalid("workerId", "a worker token needs workerId"),
                Role.Worker => RefusalResults.Invalid("areaCode", "a worker token needs the grid code of its grid"),
                Role.Department => RefusalResults.Invalid("department", $"a department token needs a department code: {DepartmentCode.Rule}"),
                _ => RefusalResults.Invalid("areaCode", "areaCode must be a district, town, village or grid code"),
            };
        return TypedResults.Ok(new DevTokenResponse(issuer.Issue(actor)));
    }
}
