using System.Security.Claims;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Incidents;

namespace GridActors.Gateway.Incidents;

/// <summary><c>GET /api/v1/incidents</c>: cases by filters, a page at a time, or all of them as CSV;
/// either way only the cases the caller may read one by one.</summary>
public static class CaseListApi
{
    public static RouteHandlerBuilder MapCaseList(this RouteGroupBuilder api) =>
        api.MapGet("/", List)
            .WithSummary("List cases by area, status, light, category, urgency, level, handler, source, time and text; as CSV with Accept: text/csv")
            // One entry per status: a second would replace the first. The CSV's columns are the item's fields.
            .Produces<CaseList>(StatusCodes.Status200OK, "application/json", CaseCsv.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> List(
        [AsParameters] CaseListRequest given, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, CaseCursors cursors)
    {
        var parameters = new CaseListParameters(given, request.Query, cursors);
        if (!parameters.IsValid) return TypedResults.ValidationProblem(parameters.Errors, title: "The request is not valid");
        return await Answer(parameters.Query, "incidents.csv", request, user.Actor(), grains, cursors);
    }

    /// <summary>One page of a valid query, or the whole of it as CSV when asked, as the actor may read it.</summary>
    public static async Task<IResult> Answer(CaseQuery query, string csvName, HttpRequest request, Actor actor, IGrainFactory grains, CaseCursors cursors)
    {
        var lists = grains.GetGrain<ICaseQueryGrain>(0);
        if (CaseCsv.IsAsked(request))
            return TypedResults.Stream(body => CaseCsv.Write(body, query, q => lists.Query(q, actor), request.HttpContext.RequestAborted),
                $"{CaseCsv.MediaType}; charset=utf-8", csvName);

        var page = await lists.Query(query, actor);
        return TypedResults.Ok(new CaseList(page.Items.Select(row => CaseListItem.Of(row, page.At)).ToList(),
            page.Next is { } next ? cursors.Write(next) : null, page.Total));
    }
}
