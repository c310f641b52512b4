using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Territory;

namespace GridActors.Gateway.Areas;

/// <summary>The operations board of an area (district, town, village or grid).</summary>
public static class BoardsApi
{
    public static void MapBoards(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/areas/{code}/board", Board).WithTags("Areas")
            .WithSummary("Snapshot of an area's open cases, workers and counts, with a watermark; ?since=watermark returns only what changed after it");

    private static async Task<IResult> Board(string code, string? since, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsValid(code)) return RefusalResults.Invalid("code", "an area code is 6, 9 or 12 digits, or a grid code like 320412101001-03");
        var actor = user.Actor();
        if (!actor.MayWatch(code)) return RefusalResults.Forbidden($"{actor.Id} may not watch {code}");
        var board = BoardOf(grains, code);
        return since is null
            ? TypedResults.Ok(await VisibleDuplicates.Of(await board.GetBoard(), actor, grains))
            : TypedResults.Ok(await VisibleDuplicates.Of(await board.GetChanges(since), actor, grains));
    }

    public static IBoard BoardOf(IGrainFactory grains, string code) => AreaCode.IsGrid(code)
        ? grains.GetGrain<IGridGrain>(code)
        : grains.GetGrain<IAreaGrain>(code);
}
