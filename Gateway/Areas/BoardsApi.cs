using System.Security.Claims;
using GridActors.Access;
using GridActors.Configuration;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Territory;
using GridActors.Warnings;

namespace GridActors.Gateway.Areas;

/// <summary>The operations board of an area (district, town, village or grid).</summary>
public static class BoardsApi
{
    public static void MapBoards(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/areas/{code}/board", Board).WithTags("Areas")
            .WithSummary("Snapshot of an area's open cases, workers and counts, with a watermark; ?since=watermark returns only what changed after it");

    private static async Task<IResult> Board(string code, string? since, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AreaCode.IsValid(code)) return RefusalResults.NotAnAreaCode();
        var actor = user.Actor();
        if (!actor.MayWatch(code)) return RefusalResults.Forbidden($"{actor.Id} may not watch {code}");
        return since is null
            ? TypedResults.Ok(await Snapshot(grains, code, actor))
            : TypedResults.Ok(await VisibleDuplicates.Of(await BoardOf(grains, code).GetChanges(since), actor, grains));
    }

    /// <summary>The area's board as <paramref name="actor"/> sees it: the duplicates it may read, the area's
    /// open early warnings (any watcher may read them, as the warnings' list), and for
    /// admins the warnings about platform settings (a year without a holiday schedule), which only admins act on.</summary>
    public static async Task<AreaBoard> Snapshot(IGrainFactory grains, string code, Actor actor)
    {
        var board = await VisibleDuplicates.Of(await BoardOf(grains, code).GetBoard(), actor, grains);
        board = board with { EarlyWarnings = await grains.GetGrain<IWarningsGrain>(0).Open(code) };
        return actor.Role is not (Role.Admin or Role.PlatformAdmin) ? board
            : board with { Warnings = await grains.GetGrain<IConfigurationGrain>(ConfigurationKeys.Calendar).GetWarnings() };
    }

    public static IBoard BoardOf(IGrainFactory grains, string code) => AreaCode.IsGrid(code)
        ? grains.GetGrain<IGridGrain>(code)
        : grains.GetGrain<IAreaGrain>(code);
}
