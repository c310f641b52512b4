using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Gateway.Territory;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Gateway.Incidents;

/// <summary>An open case near a point, as told to someone about to report there. One the caller may
/// not read (<see cref="ReadAccess.MayRead"/>) comes as its category, distance and report time only:
/// its title may carry personal details, and its id and status are of no use to one who may not open it.</summary>
public sealed record NearbyCase(bool Readable, string? Id, string? Title, IncidentStatus? Status, string Category, DateTimeOffset ReportedAt, double DistanceMetres);

/// <summary><c>GET /api/v1/incidents/likely-duplicates?lat=&amp;lon=&amp;category=</c>: before a report is
/// sent, the open cases it would likely duplicate by the rule a report is flagged by (the same
/// category, within 50 m, reported in the last 72 hours). Only those in grids the caller looks after
/// (<see cref="ReadAccess.MayReadGrid"/>: a command centre's area, a worker's own grids), so a worker
/// standing by a neighbouring grid learns nothing of it; of those, a worker learns that a case it may
/// not read is there, not what it says.</summary>
public static class LikelyDuplicatesApi
{
    public static RouteHandlerBuilder MapLikelyDuplicates(this RouteGroupBuilder api) =>
        api.MapGet("/likely-duplicates", Find).RequireAuthorization(Policies.People)
            .WithSummary("The open cases a report of this category at this point would likely duplicate, in the grids the caller looks after; those the caller may not read without id, title or status")
            .Produces<IReadOnlyList<NearbyCase>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> Find(string? lat, string? lon, string? category, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (TerritoryApi.Coordinate(lat, 90) is not { } latitude) return RefusalResults.Invalid("lat", "lat is a latitude in degrees, from -90 to 90");
        if (TerritoryApi.Coordinate(lon, 180) is not { } longitude) return RefusalResults.Invalid("lon", "lon is a longitude in degrees, from -180 to 180");
        if (string.IsNullOrWhiteSpace(category)) return RefusalResults.Invalid("category", "the category of the report about to be made, e.g. environment.rubbish");

        var near = await grains.GetGrain<IDuplicateFinderGrain>(0).Near(new GeoPoint(latitude, longitude), category);
        var actor = user.Actor();
        var looksAfter = new Dictionary<string, bool>();
        foreach (var code in near.Select(c => c.Case.GridCode).Distinct())
            looksAfter[code] = await grains.GetGrain<IGridGrain>(code).Get() is { } grid && actor.MayReadGrid(grid);
        var told = near.Where(c => looksAfter[c.Case.GridCode]).ToList();
        // A command centre reads every case of the grids it looks after; anyone else, by the case file.
        var readable = actor.Role.ReadsByArea()
            ? told.Select(c => c.Case.Id).ToHashSet()
            : (await VisibleDuplicates.Readable([.. told.Select(c => c.Case.Id)], actor, grains)).ToHashSet();
        return TypedResults.Ok(told.Select(c => Told(c, readable.Contains(c.Case.Id))).ToList());
    }

    private static NearbyCase Told(NearbyOpenCase near, bool readable)
    {
        var (summary, metres) = (near.Case, Math.Round(near.Metres, 1));
        return readable
            ? new NearbyCase(true, summary.Id, summary.Title, summary.Status, summary.Category, summary.ReportedAt, metres)
            : new NearbyCase(false, null, null, null, summary.Category, summary.ReportedAt, metres);
    }
}
