using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Incidents;
using GridActors.Gateway.Problems;
using GridActors.Incidents;

namespace GridActors.Gateway.Departments;

/// <summary><c>GET /api/v1/departments/{id}/cases</c>: a department's queue (<see cref="DepartmentQueue"/>),
/// the case list narrowed to the cases the department holds now, with the list's other filters,
/// sorting, paging and CSV.</summary>
public static class DepartmentQueueApi
{
    /// <summary>The queue decides these itself.</summary>
    private static readonly string[] FixedByRoute = ["level", "handler"];

    public static void MapDepartmentQueues(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/departments/{id}/cases", Queue).WithTags("Departments")
            .WithSummary("A department's queue: the open cases dispatched to it, with the case list's filters, sorting and paging")
            .Produces<CaseList>(StatusCodes.Status200OK, "application/json", CaseCsv.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> Queue(
        string id, [AsParameters] CaseListRequest given, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, CaseCursors cursors)
    {
        if (!DepartmentCode.IsValid(id)) return RefusalResults.Invalid("id", DepartmentCode.Rule);
        var actor = user.Actor();
        if (!actor.MayListQueueOf(id))
            return RefusalResults.Forbidden($"{actor.Role} {actor.Id} may not read the queue of {id}: only that department and the command centres may");
        var parameters = new CaseListParameters(given, request.Query, cursors, FixedByRoute);
        parameters.Check("status", DepartmentQueue.StatusProblem(parameters.Query.Statuses));
        if (!parameters.IsValid) return TypedResults.ValidationProblem(parameters.Errors, title: "The request is not valid");
        return await CaseListApi.Answer(DepartmentQueue.Of(parameters.Query, id), $"{id}-cases.csv", request, actor, grains, cursors);
    }
}
