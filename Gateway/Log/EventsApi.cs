using System.Globalization;
using System.Security.Claims;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Incidents;
using GridActors.Log;

namespace GridActors.Gateway.Log;

/// <summary>The event log over HTTP: one case's events for those who may read the case, and the
/// whole log in sequence order for integrations.</summary>
public static class EventsApi
{
    public const int DefaultLimit = 100;
    public const int MostPerPage = 1000;

    public static void MapEvents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/incidents/{id}/events", CaseEvents).WithTags("Incidents")
            .WithSummary("A case's events, in version order, as the log holds them")
            .Produces<IReadOnlyList<LogEntry>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/v1/events", Feed).WithTags("Events").RequireAuthorization(Policies.EventReaders)
            .WithSummary("The log's events after a sequence number, in sequence order, never skipping one that commits late")
            .Produces<LogPage>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>Answered exactly as <c>GET /api/v1/incidents/{id}</c> is to a caller who may not read the case.</summary>
    private static async Task<IResult> CaseEvents(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var view = await grains.GetGrain<IIncidentGrain>(id).Get();
        if (view is null || !user.Actor().MayRead(view)) return RefusalResults.NotFound($"no case {id}");
        var events = await grains.GetGrain<ILogReaderGrain>(0).Read(LogStreams.Case, id);
        return TypedResults.Ok(await Task.WhenAll(events.Select(e => LogEntry.Of(e, user.Actor(), grains))));
    }

    private static async Task<IResult> Feed(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Number(request, "after", 0, 0, long.MaxValue, out var after))
            return RefusalResults.Invalid("after", "after is a sequence number, 0 or more (0 reads from the start)");
        if (!Number(request, "limit", DefaultLimit, 1, MostPerPage, out var limit))
            return RefusalResults.Invalid("limit", $"limit is a whole number from 1 to {MostPerPage}");
        var reader = user.Actor();
        var page = await grains.GetGrain<ILogReaderGrain>(0).ReadAfter(after, (int)limit, ReadAccess.LogScope(reader));
        return TypedResults.Ok(new LogPage(await Task.WhenAll(page.Events.Select(e => LogEntry.Of(e, reader, grains))), page.Next));
    }

    private static bool Number(HttpRequest request, string name, long otherwise, long least, long most, out long value)
    {
        value = otherwise;
        var given = request.Query[name];
        if (given.Count == 0) return true;
        return given.Count == 1 && long.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= least && value <= most;
    }
}
