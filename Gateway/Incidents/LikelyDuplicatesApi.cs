using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Gateway.Territory;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Gateway.Incidents;

/// <summary>An open case near a point, as told to someone about to report there.</summary>
public sealed record NearbyCase(string Id, string Title, IncidentStatus Status, DateTimeOffset ReportedAt, double DistanceMetres);

/// <summary><c>GET /api/v1/incidents/likely-duplicates?lat=&amp;lon=&amp;category=</c>: before a report is
/// sent, the open cases it would likely duplicate by the platform's rule (<see cref="Duplicates"/>:
/// the same category, within 50 m, reported in the last 72 hours). Only those in grids the caller
/// looks after (<see cref="ReadAccess.MayReadGrid"/>: a command centre's area, a worker's own grids),
/// so a worker standing by a neighbouring grid learns nothing of it.</summary>
public static class LikelyDuplicatesApi
{
    public static RouteHandlerBuilder MapLikelyDuplicates(this RouteGroupBuilder api) =>
        api.MapGet("/likely-duplicates", Find).RequireAuthorization(Policies.People)
            .WithSummary("The open cases a report of this category at this point would likely duplicate, in the grids the caller looks after")
            .Produces<IReadOnlyList<NearbyCase>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> Find(string? lat, string? lon, string? category, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        if (TerritoryApi.Coordinate(lat, 90) is not { } latitude) return RefusalResults.Invalid("lat", "lat is a latitude in degrees, from -90 to 90");
        if (TerritoryApi.Coordinate(lon, 180) is not { } longitude) return RefusalResults.Invalid("lon", "lon is a longitude in degrees, from -180 to 180");
        if (string.IsNullOrWhiteSpace(category)) return RefusalResults.Invalid("category", "the category of the report about to be made, e.g. environment.rubbish");

        var at = new GeoPoint(latitude, longitude);
        var policy = DuplicatePolicy.Default;
        var locator = grains.GetGrain<ILocatorGrain>(0);
        var here = (await locator.Locate(at)).GridCode;
        var codes = (await locator.GridsNear(at, policy.Metres)).Append(here).OfType<string>().Distinct();
        var actor = user.Actor();
        var open = new List<IncidentSummary>();
        foreach (var code in codes)
        {
            var grid = grains.GetGrain<IGridGrain>(code);
            if (await grid.Get() is { } view && actor.MayReadGrid(view)) open.AddRange(await grid.GetOpenOfCategory(category));
        }
        return TypedResults.Ok(Duplicates.Near(at, category, clock.GetUtcNow(), policy, open)
            .Select(c => new NearbyCase(c.Case.Id, c.Case.Title, c.Case.Status, c.Case.ReportedAt, Math.Round(c.Metres, 1)))
            .ToList());
    }
}
