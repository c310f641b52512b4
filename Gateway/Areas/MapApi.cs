using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Http;
using GridActors.Gateway.Problems;
using GridActors.Territory;
using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Areas;

/// <summary>An area's grids on a map, for the board: GeoJSON, simplified for the zoom asked, with an ETag.</summary>
public static class MapApi
{
    public static void MapAreaMaps(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/areas/{code}/map", Map).WithTags("Areas")
            .WithSummary("An area's grids as GeoJSON (application/geo+json) with their open cases, worst light and alerts; ?zoom=0..22 simplifies the boundaries for that Leaflet zoom; ETag and If-None-Match")
            .Produces(StatusCodes.Status200OK, contentType: MapJson.MediaType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Checked and scoped as the area's board is.</summary>
    private static async Task<IResult> Map(string code, string? zoom, HttpContext context, ClaimsPrincipal user, IGrainFactory grains, MapShapes shapes)
    {
        if (!AreaCode.IsValid(code)) return RefusalResults.NotAnAreaCode();
        if (!MapZoom.TryRead(zoom, out var level))
            return RefusalResults.Invalid("zoom", $"zoom is a Leaflet zoom level, a whole number from {MapZoom.Lowest} to {MapZoom.Highest}");
        var actor = user.Actor();
        if (!actor.MayWatch(code)) return RefusalResults.Forbidden($"{actor.Id} may not watch {code}");

        var outline = shapes.Of(code);
        var lights = BoardsApi.BoardOf(grains, code).GetGridLights();
        var tag = MapTag.Of(await outline, level, await lights);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        // Private: the counts are the caller's area's. No-cache: a copy is shown only once the ETag is
        // confirmed, since the lights change while the map is open.
        headers.CacheControl = new CacheControlHeaderValue { Private = true, NoCache = true };
        return Preconditions.NoneMatch(context.Request, tag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(AreaMap.Write(AreaMap.Build(await outline, level, await lights)), MapJson.MediaType);
    }
}
