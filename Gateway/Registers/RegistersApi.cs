using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Http;
using GridActors.Gateway.Incidents;
using GridActors.Gateway.Problems;
using GridActors.Registers;
using GridActors.Territory;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Gateway.Registers;

/// <summary>A grid's registers of key persons and vulnerable people. Who may do what is decided in the
/// register grain (RegisterRules): entries go to the grid's own workers and the supervisors covering
/// it, each read audited before it is returned; command centres get counts only.</summary>
public static class RegistersApi
{
    public static RouteGroupBuilder MapRegisters(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/grids/{code}/registers").WithTags("Registers").RequireAuthorization(Policies.People).StoredNowhere();
        api.MapGet("/", List).WithSummary("The grid's register entries (the grid's workers, supervisors of the grid); audited");
        api.MapPost("/", Add).WithSummary("Add an entry (the grid's workers, supervisors of the grid)");
        api.MapGet("/counts", Counts).WithSummary("How many entries and overdue visits, without personal details (command centres of the grid)");
        api.MapGet("/audit", Audit).WithSummary("Who read or changed which entries, when (supervisors of the grid)");
        api.MapGet("/{entryId}", Get).WithSummary("One entry; audited");
        api.MapPut("/{entryId}", Update).WithSummary("Change an entry (the grid's workers, supervisors of the grid); If-Match with its ETag required");
        api.MapDelete("/{entryId}", Remove).WithSummary("Remove an entry (supervisors of the grid); If-Match with its ETag required");
        api.MapPost("/{entryId}/visits", Visit).WithSummary("A worker of the grid records a visit to the person");
        return api;
    }

    private static Task<IResult> List(string code, ClaimsPrincipal user, IGrainFactory grains) =>
        Entries(code, null, grains, r => r.List(user.Actor()));

    private static Task<IResult> Get(string code, string entryId, ClaimsPrincipal user, IGrainFactory grains) =>
        Entries(code, entryId, grains, r => r.Get(entryId, user.Actor()), single: true);

    /// <summary>With an <c>Idempotency-Key</c>, a retried add answers 200 with the entry the first made.</summary>
    private static async Task<IResult> Add(string code, RegisterEntryInput body, [FromHeader(Name = CommandKeys.Header)] string? key,
        ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        if (CommandKeys.Problem(key) is { } keyProblem) return RefusalResults.Invalid(CommandKeys.Header, keyProblem);
        var actor = user.Actor();
        var reply = await grains.GetGrain<IRegisterGrain>(code).Add(body, actor, key is null ? null : CommandKeys.CommandIdFor(actor, key));
        if (reply.Refusal is { } refusal) return refusal.ToProblem();
        var entry = reply.Entries[0];
        return reply.AlreadyApplied ? TypedResults.Ok(entry) : TypedResults.Created($"/api/v1/grids/{code}/registers/{entry.Id}", entry);
    }

    /// <summary>If-Match with the entry's ETag is required: two editors never overwrite each other.</summary>
    private static async Task<IResult> Update(string code, string entryId, RegisterEntryInput body, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (ifMatch, precondition) = Preconditions.Required(request, "the entry you edited");
        return precondition ?? await Entries(code, entryId, grains, r => r.Update(entryId, body, ifMatch!, user.Actor()), single: true);
    }

    private static Task<IResult> Visit(string code, string entryId, ClaimsPrincipal user, IGrainFactory grains) =>
        Entries(code, entryId, grains, r => r.RecordVisit(entryId, user.Actor()), single: true);

    private static async Task<IResult> Remove(string code, string entryId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (Problem(code, entryId) is { } problem) return problem;
        var (ifMatch, precondition) = Preconditions.Required(request, "the entry you mean to remove");
        if (precondition is not null) return precondition;
        return await grains.GetGrain<IRegisterGrain>(code).Remove(entryId, ifMatch!, user.Actor()) is { } refusal
            ? refusal.ToProblem()
            : TypedResults.NoContent();
    }

    private static async Task<IResult> Audit(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        var reply = await grains.GetGrain<IRegisterGrain>(code).GetAudit(user.Actor());
        return reply.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(reply.Records);
    }

    /// <summary>Counts are not personal: the command centres covering the grid and its workers.</summary>
    private static async Task<IResult> Counts(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsGrid(code)) return RefusalResults.NotAGridCode();
        var reply = await grains.GetGrain<IRegisterGrain>(code).GetCounts(user.Actor());
        return reply.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(reply.Counts);
    }

    private static async Task<IResult> Entries(string code, string? entryId, IGrainFactory grains, Func<IRegisterGrain, Task<RegisterReply>> call, bool single = false)
    {
        if (Problem(code, entryId) is { } problem) return problem;
        var reply = await call(grains.GetGrain<IRegisterGrain>(code));
        if (reply.Refusal is { } refusal) return refusal.ToProblem();
        return single ? TypedResults.Ok(reply.Entries[0]).WithVersion(reply.Entries[0].Version) : TypedResults.Ok(reply.Entries);
    }

    private static IResult? Problem(string code, string? entryId) =>
        !AreaCode.IsGrid(code) ? RefusalResults.NotAGridCode()
        : entryId is not null && !Ids.IsValid(entryId) ? RefusalResults.Invalid("entryId", Ids.Rule)
        : null;
}
