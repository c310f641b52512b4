using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Territory;

namespace GridActors.Gateway.Territory;

public sealed record PatrolCadenceRequest(TimeSpan Cadence);

/// <summary>A grid's own duties: its patrol cadence, the last patrol recorded (see PatrolsApi), and its open alerts.</summary>
public static class GridDutiesApi
{
    public static RouteGroupBuilder MapGridDuties(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/grids/{code}").WithTags("Grid duties").RequireAuthorization(Policies.People);
        api.MapGet("/duties", Get).WithSummary("The grid's patrol cadence, last patrol, next patrol due and open alerts");
        api.MapPut("/patrol-cadence", SetCadence).WithSummary("Set how often the grid must be patrolled (admin or supervisor of the grid)");
        api.MapPost("/alerts/{alertId}/acknowledge", Acknowledge)
            .WithSummary("An operator or supervisor covering the grid acknowledges an open alert; a repeat answers the first acknowledgement");
        return api;
    }

    private static async Task<IResult> Get(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        var grid = grains.GetGrain<IGridGrain>(code);
        if (await grid.Get() is not { } view) return RefusalResults.NotFound($"no grid {code}");
        var actor = user.Actor();
        return actor.MayReadGrid(view) ? TypedResults.Ok(await grid.GetDuties()) : RefusalResults.Forbidden($"{actor.Id} may not read grid {code}");
    }

    private static Task<IResult> SetCadence(string code, PatrolCadenceRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
        Done(code, grains, grid => grid.SetPatrolCadence(body.Cadence, user.Actor()));

    private static async Task<IResult> Acknowledge(string code, string alertId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        var grid = grains.GetGrain<IGridGrain>(code);
        if (await grid.AcknowledgeAlert(alertId, user.Actor()) is { } refusal) return refusal.ToProblem();
        var alert = (await grid.GetDuties())?.Alerts.FirstOrDefault(a => a.Id == alertId);
        // Cleared between the acknowledgement and this read: the acknowledgement stood, the alert is gone.
        return alert is null ? RefusalResults.NotFound($"no open alert {alertId} in grid {code}") : TypedResults.Ok(alert);
    }

    private static async Task<IResult> Done(string code, IGrainFactory grains, Func<IGridGrain, Task<GridActors.Refusal?>> change)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        var grid = grains.GetGrain<IGridGrain>(code);
        return await change(grid) is { } refusal ? refusal.ToProblem() : TypedResults.Ok(await grid.GetDuties());
    }
}
