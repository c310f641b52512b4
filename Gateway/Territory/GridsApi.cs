using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Territory;

namespace GridActors.Gateway.Territory;

/// <summary>Grids: read by the command centres above them and their own workers; defined by admins.</summary>
public static class GridsApi
{
    public static RouteGroupBuilder MapGrids(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/grids").WithTags("Territory").RequireAuthorization(Policies.People);
        api.MapGet("/{code}", Get).WithSummary("A grid: name, type, area path, workers, counts");
        api.MapPut("/{code}", Define).RequireAuthorization(Policies.Admin).WithSummary("Define or update a grid (admin)");
        return api;
    }

    private static async Task<IResult> Get(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        var view = await grains.GetGrain<IGridGrain>(code).Get();
        if (view is null) return RefusalResults.NotFound($"no grid {code}");
        var actor = user.Actor();
        return actor.MayReadGrid(view) ? TypedResults.Ok(view) : RefusalResults.Forbidden($"{actor.Id} may not read grid {code}");
    }

    private static async Task<IResult> Define(string code, GridDefinition body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var grid = grains.GetGrain<IGridGrain>(code);
        return await grid.Define(body, user.Actor()) is { } refusal ? refusal.ToProblem() : TypedResults.Ok(await grid.Get());
    }
}
