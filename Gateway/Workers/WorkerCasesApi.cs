using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Incidents;
using GridActors.Incidents;
using GridActors.Workers;

namespace GridActors.Gateway.Workers;

/// <summary><c>GET /api/v1/workers/{id}/cases</c>: the worker's offers, accepted cases and reports to
/// verify, each the case list narrowed by <see cref="WorkerCases"/>. The worker reads their own; a
/// command centre reads those of a worker of a grid in its area, and sees only the cases in its area.</summary>
public static class WorkerCasesApi
{
    public static void MapWorkerCases(this RouteGroupBuilder workers) =>
        workers.MapGet("/{id}/cases", Cases)
            .WithSummary("A grid worker's cases: offers with their accept deadline, accepted cases to resolve, own reports to verify")
            .Produces<WorkerCaseList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> Cases(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (_, problem) = await WorkersApi.Readable(id, user, grains);
        if (problem is not null) return problem;
        var actor = user.Actor();
        var lists = grains.GetGrain<ICaseQueryGrain>(0);
        var pages = await Task.WhenAll(
            lists.Query(WorkerCases.Offers(id), actor), lists.Query(WorkerCases.Accepted(id), actor), lists.Query(WorkerCases.ToVerify(id), actor));
        var (offers, accepted, toVerify) = (pages[0], pages[1], pages[2]);
        // An offer's stage is its acceptance, so the stage's deadline is the accept deadline.
        return TypedResults.Ok(new WorkerCaseList(
            Section(offers, row => new Offer(CaseListItem.Of(row, offers.At), row.StageDueAt)),
            Section(accepted, row => CaseListItem.Of(row, accepted.At)),
            Section(toVerify, row => CaseListItem.Of(row, toVerify.At))));
    }

    private static WorkerCaseSection<T> Section<T>(CasePage page, Func<CaseRecord, T> item) =>
        new([.. page.Items.Select(item)], page.Total ?? page.Items.Count);
}
