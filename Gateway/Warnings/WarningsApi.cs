using System.Security.Claims;
using GridActors.Gateway.Areas;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Warnings;
using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Warnings;

/// <summary>Early warnings (预警) for the command centres of an area: its open ones as JSON or Atom,
/// and one warning with its versions, or one version as a CAP 1.2 message.</summary>
public static class WarningsApi
{
    public static void MapWarnings(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Warnings");
        api.MapGet("/warnings", List)
            .WithSummary("The open warnings within an area (?area=, default the caller's own), newest first");
        api.MapGet("/warnings.atom", Feed)
            .WithSummary("The open warnings within an area as an Atom 1.0 feed, each entry linking to its CAP message");
        api.MapGet("/warnings/{id}", Get)
            .WithSummary("A warning with every version; with Accept: application/cap+xml its latest (or ?version=) as a CAP 1.2 message");
    }

    private static IWarningsGrain Warnings(IGrainFactory grains) => grains.GetGrain<IWarningsGrain>(0);

    private static async Task<IResult> List(string? area, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (code, problem) = AreaScope.Of(area, user.Actor(), "the warnings");
        return problem ?? TypedResults.Ok(new { warnings = await Warnings(grains).Open(code!) });
    }

    private static async Task<IResult> Feed(string? area, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, TimeProvider clock)
    {
        var (code, problem) = AreaScope.Of(area, user.Actor(), "the warnings");
        if (problem is not null) return problem;
        var api = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/api/v1/");
        return TypedResults.Bytes(WarningsFeed.Of(code!, await Warnings(grains).Open(code!), api, clock.GetUtcNow()), WarningsFeed.MediaType);
    }

    private static async Task<IResult> Get(string id, int? version, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request,
        CapArea areas, CapSender sender)
    {
        var actor = user.Actor();
        // Another area's warning is answered as a missing one: its existence is the other area's business.
        if (await Warnings(grains).Get(id) is not { } history || !actor.MayWatch(history.Latest.Area))
            return RefusalResults.NotFound($"no warning {id} in {actor.Scope}");
        if (version is { } v && (v < 1 || v > history.Versions.Count))
            return RefusalResults.Invalid("version", $"version is from 1 to {history.Versions.Count}");
        if (!WantsCap(request)) return TypedResults.Ok(history);
        var chosen = version ?? history.Versions.Count;
        var document = CapAlert.Of(history, chosen, sender, await areas.Of(history.Versions[chosen - 1]));
        return TypedResults.Text(document.Declaration + Environment.NewLine + document.Root, CapAlert.MediaType, System.Text.Encoding.UTF8);
    }

    private static bool WantsCap(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals(CapAlert.MediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
}
