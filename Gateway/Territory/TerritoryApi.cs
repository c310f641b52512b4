using System.Globalization;
using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Gateway.Territory;

/// <summary>The territory on a map: where a point falls, and the import of the district's grid boundaries.</summary>
public static class TerritoryApi
{
    public static RouteGroupBuilder MapTerritory(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/territory").WithTags("Territory").RequireAuthorization(Policies.People);
        api.MapGet("/locate", Locate).WithSummary("The grid a WGS 84 point lies in, with its area path");
        // No Accepts metadata: routing would answer another content type with a bare 415, and the
        // upload's own check names the header at fault.
        api.MapPost("/import", Import).RequireAuthorization(Policies.Admin)
            .WithSummary("Import the grids' boundaries: a GeoJSON FeatureCollection as application/geo+json or application/json, at most 20 MB (admin); ?dryRun=true only checks");
        return api;
    }

    private static async Task<IResult> Locate(string? lat, string? lon, IGrainFactory grains)
    {
        if (Coordinate(lat, 90) is not { } latitude) return RefusalResults.Invalid("lat", "lat is a latitude in degrees, from -90 to 90");
        if (Coordinate(lon, 180) is not { } longitude) return RefusalResults.Invalid("lon", "lon is a longitude in degrees, from -180 to 180");
        return TypedResults.Ok(await grains.GetGrain<ILocatorGrain>(0).Locate(new GeoPoint(latitude, longitude)));
    }

    /// <summary>200 with the result when the file is clean (applied, unchanged or only checked);
    /// 422 with the findings when it is not, and then nothing changed.</summary>
    private static async Task<IResult> Import(HttpRequest request, [FromQuery] bool? dryRun, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (text, problem) = await TerritoryUpload.Read(request, ImportOptions.Default.MaxBytes);
        if (problem is not null) return problem;
        var result = await grains.GetGrain<ITerritoryGrain>(0).Import(text!, dryRun ?? false, user.Actor());
        if (result.Refusal is { } refusal) return refusal.ToProblem();
        return result.Outcome == ImportOutcome.Rejected
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The territory file is not clean; nothing was changed",
                detail: $"{result.Findings.Count} finding(s); the first: {result.Findings[0].Message}",
                extensions: new Dictionary<string, object?> { ["findings"] = result.Findings, ["version"] = result.Version })
            : TypedResults.Ok(result);
    }

    internal static double? Coordinate(string? text, double limit) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) <= limit
            ? value
            : null;
}
