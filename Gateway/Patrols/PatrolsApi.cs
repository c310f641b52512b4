using System.Security.Claims;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Http;
using GridActors.Gateway.Incidents;
using GridActors.Gateway.Problems;
using GridActors.Patrols;
using GridActors.Territory;

namespace GridActors.Gateway.Patrols;

public sealed record RouteRequest(IReadOnlyList<RouteSample>? Samples);

/// <summary>Patrols (巡查) as the worker's app records them: start in a grid, send the route's positions
/// as they are sampled, stop; the stopped patrol's coverage is worked out on the server, and it is
/// what meets the grid's patrol duty. The worker reads their own patrols, the command centres above
/// the grid theirs; to anyone else a patrol is missing.</summary>
public static class PatrolsApi
{
    public static void MapPatrols(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/grids/{code}/patrols", Start).WithTags("Patrols").RequireAuthorization(Policies.Worker)
            .WithSummary("A worker of the grid starts a patrol (巡查); with Idempotency-Key a retry finds the same patrol")
            .Answers<PatrolView>(StatusCodes.Status201Created);
        var api = app.MapGroup("/api/v1/patrols").WithTags("Patrols").RequireAuthorization(Policies.People);
        api.MapGet("/{id}", Get).WithSummary("A patrol: its route, and once stopped the share of the grid covered").Answers<PatrolView>();
        api.MapPost("/{id}/route", AddRoute).RequireAuthorization(Policies.Worker)
            .WithSummary("Add positions to a running patrol's route, in time order; a batch sent again adds nothing").Answers<PatrolView>(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/stop", Stop).RequireAuthorization(Policies.Worker)
            .WithSummary("Stop the patrol: its coverage (within 50 m of the route) is computed and the grid's patrol duty is met").Answers<PatrolView>(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Start(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        string? key = request.Headers[CommandKeys.Header];
        if (CommandKeys.Problem(key) is { } keyProblem) return RefusalResults.Invalid(CommandKeys.Header, keyProblem);
        var actor = user.Actor();
        var id = key is null ? $"pat-{Guid.NewGuid():N}" : "pat-" + CommandKeys.CommandIdFor(actor, key)[4..28];
        var patrol = grains.GetGrain<IPatrolGrain>(id);
        if (await patrol.Start(code, actor) is { } refusal) return refusal.ToProblem();
        return TypedResults.Created($"/api/v1/patrols/{id}", await patrol.Get());
    }

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var view = await grains.GetGrain<IPatrolGrain>(id).Get();
        return view is not null && MayRead(user.Actor(), view) ? TypedResults.Ok(view) : Missing(id);
    }

    private static Task<IResult> AddRoute(string id, RouteRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
        Change(id, user, grains, (patrol, actor) => patrol.AddRoute(body.Samples ?? [], actor));

    private static Task<IResult> Stop(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        Change(id, user, grains, (patrol, actor) => patrol.Stop(actor));

    private static async Task<IResult> Change(string id, ClaimsPrincipal user, IGrainFactory grains, Func<IPatrolGrain, Actor, Task<Refusal?>> change)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var actor = user.Actor();
        var patrol = grains.GetGrain<IPatrolGrain>(id);
        // Someone else's patrol is answered as a missing one, so ids tell nobody what exists.
        if (await patrol.Get() is not { } before || !MayRead(actor, before)) return Missing(id);
        if (await change(patrol, actor) is { } refusal) return refusal.ToProblem();
        return TypedResults.Ok(await patrol.Get());
    }

    private static bool MayRead(Actor actor, PatrolView patrol) =>
        (actor.Role == Role.Worker && actor.Id == patrol.WorkerId) || (actor.Role.ReadsByArea() && actor.Covers(patrol.GridCode));

    private static IResult Missing(string id) => RefusalResults.NotFound($"no patrol {id}");
}
