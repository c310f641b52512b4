using System.Security.Claims;
using GridActors.Access;
using GridActors.Gateway.Attachments;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Http;
using GridActors.Gateway.Problems;
using GridActors.Incidents;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Gateway.Incidents;

/// <summary>Cases over HTTP: report, read, and one route per lifecycle command.</summary>
public static class IncidentsApi
{
    public static RouteGroupBuilder MapIncidents(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/incidents").WithTags("Incidents");
        api.MapCaseList();
        api.MapLikelyDuplicates();
        api.MapPost("/", Report).WithSummary("Report an incident (上报)").Answers<IncidentView>(StatusCodes.Status201Created, StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/{id}", Get).WithSummary("Read a case file: state, version, deadline, handler, history").Answers<IncidentView>();
        Command<FileCase>(api, "file", "File the case (立案)");
        Command<Reject>(api, "reject", "Reject the report (不予立案)");
        Command<Dispatch>(api, "dispatch", "Dispatch to a handler at a level (派遣)");
        Command<Reoffer>(api, "reoffer", "Offer a dispatched case to another worker of its grid");
        Command<Merge>(api, "merge", "Merge this duplicate report into an open case, which keeps its reporters (合并)");
        api.MapPost("/{id}/accept", (string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            Apply(id, new Accept(), request, user, grains)).WithSummary("Accept the assignment (签收)").Answers<IncidentView>(StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        Command<Return>(api, "return", "Return the case as not ours (回退)");
        Command<Resolve>(api, "resolve", "Report the result of handling (处置反馈)");
        Command<Verify>(api, "verify", "Confirm the result on site (核查)");
        Command<Rework>(api, "rework", "Send the case back for rework (返工)");
        Command<Close>(api, "close", "Close the case (结案)");
        Command<Evaluate>(api, "evaluate", "Evaluate the handling (评价)");
        api.MapPost("/{id}/mutual-evaluation", (string id, EvaluateMutually body, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            Apply(id, body, request, user, grains, MayEvaluateMutually))
            .WithSummary("Score the other party of a closed case, 1 to 5, once per side: the grid's worker the department that resolved it, that department the grid (互评)")
            .Answers<IncidentView>(StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        Command<Escalate>(api, "escalate", "Escalate up a level or to a department (流转)");
        Command<Extend>(api, "extend", "Approve a new deadline (延期)");
        Command<Defer>(api, "defer", "Approve a deferral (缓办)");
        Command<Resume>(api, "resume", "End a deferral");
        Command<Supervise>(api, "supervise", "Issue a supervision notice (督办)");
        api.MapAttachments();
        return api;
    }

    private static void Command<T>(RouteGroupBuilder api, string name, string summary) where T : IncidentCommand =>
        api.MapPost($"/{{id}}/{name}", (string id, T body, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            Apply(id, body, request, user, grains)).WithSummary(summary).Answers<IncidentView>(StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);


    /// <summary>With an <c>Idempotency-Key</c>, a retried report returns the first case (200) instead of
    /// filing a second one; the key is bound to the case id, so concurrent retries meet in one grain.</summary>
    private static async Task<IResult> Report(
        Report body, [FromHeader(Name = CommandKeys.Header)] string? key,
        ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        if (CommandKeys.Problem(key) is { } keyProblem) return RefusalResults.Invalid(CommandKeys.Header, keyProblem);
        var actor = user.Actor();
        var filed = await ReportFiling.File(body, key, actor, grains, clock);
        if (filed.Refusal is { } refusal) return refusal.ToProblem();

        var (id, result) = (filed.Id!, filed.Result!);
        var view = await VisibleDuplicates.Of(filed.View!, actor, grains);
        if (!result.AlreadyApplied) return TypedResults.Created($"/api/v1/incidents/{id}", view).WithVersion(view.Version);
        return ReportFiling.IsSameReport(view, filed.Report)
            ? TypedResults.Ok(view).WithVersion(view.Version)
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                detail: $"{CommandKeys.Header} '{key}' was already used for a different report ({id})");
    }

    /// <summary>A case the caller may not read is answered as a missing one, word for word, so an id
    /// typed or guessed tells nobody whether another area's case exists.</summary>
    private static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var view = await grains.GetGrain<IIncidentGrain>(id).Get();
        var actor = user.Actor();
        return view is not null && actor.MayRead(view)
            ? TypedResults.Ok(await VisibleDuplicates.Of(view, actor, grains)).WithVersion(view.Version)
            : Missing(id);
    }

    /// <summary>Applies one command. <c>If-Match: "v"</c> makes it conditional on the case's version;
    /// <c>Idempotency-Key</c> makes a retry harmless. Answers with the case as it now stands, or, to a
    /// caller who may not read it, exactly as for a missing case.</summary>
    private static async Task<IResult> Apply(string id, IncidentCommand command, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains,
        Func<Actor, IncidentView, bool>? mayAnswer = null)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        string? key = request.Headers[CommandKeys.Header];
        if (CommandKeys.Problem(key) is { } keyProblem) return RefusalResults.Invalid(CommandKeys.Header, keyProblem);
        if (!Versions.TryParseIfMatch(request.Headers.IfMatch, out var ifVersion))
            return RefusalResults.Invalid("If-Match", "If-Match is the case version in quotes, e.g. \"3\"");

        var actor = user.Actor();
        var incident = grains.GetGrain<IIncidentGrain>(id);
        var result = await incident.Handle(command, CommandKeys.CommandIdFor(actor, key), actor, ifVersion);
        var view = await incident.Get();
        // A refusal names the case's state or who may act on it; told to a caller who may not read
        // the case, that would say it exists, so it hears what a missing case answers.
        if (view is null || !(actor.MayRead(view) || (mayAnswer?.Invoke(actor, view) ?? false))) return Missing(id);
        if (result.Refusal is { } refusal) return refusal.ToProblem();
        view = await VisibleDuplicates.Of(view, actor, grains);
        return TypedResults.Ok(view).WithVersion(view.Version);
    }

    /// <summary>A worker of the case's grid is a party of its mutual evaluation though it may not have
    /// held the case, so it hears why it is refused rather than "not found".</summary>
    private static bool MayEvaluateMutually(Actor actor, IncidentView view) =>
        MutualEvaluation.SideOf(actor, view.GridCode, view.History) is not null;

    private static IResult Missing(string id) => RefusalResults.NotFound($"no case {id}");
}
