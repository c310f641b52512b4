using System.Security.Claims;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Incidents;
using GridActors.Gateway.Problems;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Gateway.Workers;

public sealed record DutyRequest(DutyStatus Duty);

/// <summary>Grid workers: their assignments, acknowledgement, duty and heartbeat; and their
/// registration by an admin.</summary>
public static class WorkersApi
{
    public static RouteGroupBuilder MapWorkers(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/workers").WithTags("Workers").RequireAuthorization(Policies.People);
        api.MapGet("/{id}", Get).WithSummary("A worker: profile, duty, last position, load");
        api.MapPut("/{id}", Register).RequireAuthorization(Policies.Admin).WithSummary("Register or update a worker (admin)");
        api.MapGet("/{id}/assignments", Assignments).WithSummary("The cases offered to the worker and not yet acknowledged");
        api.MapPost("/{id}/assignments/{incidentId}/acknowledge", Acknowledge).RequireAuthorization(Policies.Worker)
            .WithSummary("Acknowledge an assignment: the worker accepts the case (签收)");
        api.MapPut("/{id}/duty", SetDuty).WithSummary("Set the worker's duty status");
        api.MapWorkerCases();
        api.MapPost("/{id}/heartbeat", Heartbeat).RequireAuthorization(Policies.Worker).WithSummary("The worker app's sign of life, with position");
        return api;
    }

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (view, problem) = await Readable(id, user, grains);
        return problem ?? TypedResults.Ok(view);
    }

    private static async Task<IResult> Assignments(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (view, problem) = await Readable(id, user, grains);
        return problem ?? TypedResults.Ok(view!.Pending);
    }

    private static async Task<IResult> Register(string id, WorkerProfile body, ClaimsPrincipal user, IGrainFactory grains) =>
        Done(await grains.GetGrain<IWorkerGrain>(id).Register(body, user.Actor()), await grains.GetGrain<IWorkerGrain>(id).Get());

    private static async Task<IResult> SetDuty(string id, DutyRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
        Done(await grains.GetGrain<IWorkerGrain>(id).SetDuty(body.Duty, user.Actor()), await grains.GetGrain<IWorkerGrain>(id).Get());

    private static async Task<IResult> Heartbeat(string id, GeoPoint body, ClaimsPrincipal user, IGrainFactory grains) =>
        Done(await grains.GetGrain<IWorkerGrain>(id).Heartbeat(body, user.Actor()), await grains.GetGrain<IWorkerGrain>(id).Get());

    /// <summary>Accepts the case for the worker. Keyed on the offer's version, so the app may send it
    /// again after a lost answer and nothing happens twice.</summary>
    private static async Task<IResult> Acknowledge(string id, string incidentId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var actor = user.Actor();
        if (actor.Id != id) return RefusalResults.Forbidden($"{actor.Id} may not acknowledge for {id}");
        var result = await WorkerAssignments.Acknowledge(grains, actor, incidentId);
        return result.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(incidentId).Get());
    }

    /// <summary>The worker, or the problem that answers a caller who may not read them.</summary>
    internal static async Task<(WorkerView? View, IResult? Problem)> Readable(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return (null, RefusalResults.Invalid("id", Ids.Rule));
        var view = await grains.GetGrain<IWorkerGrain>(id).Get();
        if (view is null) return (null, RefusalResults.NotFound($"no worker {id}"));
        return user.Actor().MayReadWorker(id, view.Profile.Grids)
            ? (view, null)
            : (null, RefusalResults.Forbidden($"{user.Actor().Id} may not read worker {id}"));
    }

    private static IResult Done(Refusal? refusal, WorkerView? view) =>
        refusal is not null ? refusal.ToProblem() : TypedResults.Ok(view);
}

/// <summary>Shared by REST and the worker hub.</summary>
public static class WorkerAssignments
{
    /// <summary>Accepts the case for the worker, keyed on the dispatch that offered it, so an app that
    /// sends the acknowledgement again after a lost answer changes nothing the second time.</summary>
    public static async Task<CommandResult> Acknowledge(IGrainFactory grains, Actor worker, string incidentId)
    {
        if (!Ids.IsValid(incidentId)) return CommandResult.Refused(Refusal.Invalid("incidentId", Ids.Rule), 0);
        var incident = grains.GetGrain<IIncidentGrain>(incidentId);
        var offer = (await incident.Get())?.History.LastOrDefault(e =>
            e.Kind is EventKind.Dispatched or EventKind.Escalated && e.Level == HandlingLevel.Grid && e.Handler == worker.Id);
        var commandId = offer is null ? CommandKeys.CommandIdFor(worker, null) : $"acknowledge-{worker.Id}-v{offer.Version}";
        return await incident.Handle(new Accept(), commandId, worker);
    }
}
