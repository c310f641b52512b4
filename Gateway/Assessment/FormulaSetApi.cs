using System.Globalization;
using System.Security.Claims;
using GridActors.Assessment;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Configuration;
using GridActors.Gateway.Http;
using GridActors.Gateway.Problems;
using GridActors.Gateway.Territory;

namespace GridActors.Gateway.Assessment;

/// <summary>The formula sets (考核公式): anyone signed in reads the one in force or any version; a
/// platform admin PUTs a new one with the ETag (its version) as If-Match, as for the catalogue, and
/// it becomes the next version; the versions before it stay readable and computable.</summary>
public static class FormulaSetApi
{
    private const long MaxBytes = 256 * 1024;

    public static void MapFormulaSets(this RouteGroupBuilder api)
    {
        api.MapGet("/formulas", (IGrainFactory grains) => Get(grains, null))
            .WithSummary("The formula set in force (definitions, weights, grade bands); its ETag is its version");
        api.MapGet("/formulas/{version}", (string version, IGrainFactory grains) =>
                int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
                    ? Get(grains, v) : Task.FromResult(RefusalResults.Invalid("version", "a whole number from 1")))
            .WithSummary("A version of the formula set, in force or not");
        api.MapPut("/formulas", Put).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Put a new formula set in force as the next version (platform admins); If-Match required");
    }

    private static async Task<IResult> Get(IGrainFactory grains, int? version) =>
        await grains.GetGrain<IFormulaSetGrain>(0).Get(version) is { } document
            ? new Tagged(document)
            : RefusalResults.NotFound($"no formula set version {version}");

    private static async Task<IResult> Put(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (ifMatch, precondition) = Preconditions.Required(request, "the formula set you edited");
        if (precondition is not null) return precondition;
        var (text, problem) = await TerritoryUpload.Read(request, MaxBytes, "The formula set cannot be read; nothing was changed");
        if (problem is not null) return problem;
        var change = await grains.GetGrain<IFormulaSetGrain>(0).Set(text!, ifMatch!, user.Actor());
        if (change.Refusal is { } refusal) return refusal.ToProblem();
        if (change.Faults is { Count: > 0 } faults) return ConfigurationApi.Invalid(faults, "The formula set is not valid; nothing was changed");
        return new Tagged(change.Document!);
    }

    private sealed class Tagged(FormulaSetDocument document) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.ETag = $"\"{document.Tag}\"";
            return Results.Text(document.Json, "application/json; charset=utf-8").ExecuteAsync(context);
        }
    }
}
