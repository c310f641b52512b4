using System.Security.Claims;
using GridActors.Configuration;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Http;
using GridActors.Gateway.Problems;
using GridActors.Gateway.Territory;
using Microsoft.Extensions.Primitives;

namespace GridActors.Gateway.Configuration;

/// <summary>The category catalogue and the working calendar, in the JSON shape of their files: anyone
/// signed in reads them; a platform admin (they are every district's) GETs, edits and PUTs them back with the
/// <c>ETag</c> as <c>If-Match</c>, and the change is in force from the next command, without a restart.</summary>
public static class ConfigurationApi
{
    /// <summary>A warning about the document in force (one header value each), e.g. a year without a
    /// holiday schedule. A header, because the body must stay the file's shape so an admin can PUT it
    /// back as read (an extra member is refused as a misspelt key and would change the tag); not
    /// HTTP's own <c>Warning</c>, which RFC 9111 made obsolete.</summary>
    public const string WarningHeader = "GridActors-Warning";

    /// <summary>The shipped catalogue is about 30 KB; a thousand categories fit well inside.</summary>
    private const long MaxBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapConfiguration(this IEndpointRouteBuilder app)
    {
        Map(app, "/api/v1/categories", ConfigurationKeys.Categories, "the category catalogue");
        Map(app, "/api/v1/calendar", ConfigurationKeys.Calendar, "the working calendar");
        return app;
    }

    private static void Map(IEndpointRouteBuilder app, string route, string key, string what)
    {
        app.MapGet(route, (IGrainFactory grains) => Get(grains, key))
            .RequireAuthorization().WithTags("Configuration")
            .WithSummary($"Read {what} (any signed-in caller); its ETag goes back as If-Match on PUT; a {WarningHeader} header says what needs an admin");
        app.MapPut(route, (HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) => Put(request, user, grains, key))
            .RequireAuthorization(Policies.PlatformAdmin).WithTags("Configuration")
            .WithSummary($"Replace {what} (platform admins); If-Match required; in force from the next command");
    }

    private static async Task<IResult> Get(IGrainFactory grains, string key)
    {
        var grain = grains.GetGrain<IConfigurationGrain>(key);
        return new TaggedJson(await grain.Get(), await grain.GetWarnings());
    }

    private static async Task<IResult> Put(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, string key)
    {
        var (ifMatch, precondition) = Preconditions.Required(request, "the document you edited");
        if (precondition is not null) return precondition;
        var (text, problem) = await TerritoryUpload.Read(request, MaxBytes, "The document cannot be read; nothing was changed");
        if (problem is not null) return problem;
        var grain = grains.GetGrain<IConfigurationGrain>(key);
        var change = await grain.Set(text!, ifMatch!, user.Actor());
        if (change.Refusal is { } refusal) return refusal.ToProblem();
        if (change.Faults is { Count: > 0 } faults) return Invalid(faults, "The document is not valid; nothing was changed");
        return new TaggedJson(change.Document!, await grain.GetWarnings());
    }

    /// <summary>A refused settings document: a validation problem keyed by each faulty entry.</summary>
    public static IResult Invalid(IReadOnlyList<ConfigurationFault> faults, string title) =>
        TypedResults.ValidationProblem(
            faults.GroupBy(f => f.Entry).ToDictionary(g => g.Key, g => g.Select(f => f.Problem).ToArray()),
            title: title,
            detail: $"{faults.Count} fault(s); the first: {faults[0].Entry}: {faults[0].Problem}");

    private sealed class TaggedJson(ConfigurationDocument document, IReadOnlyList<ConfigurationWarning> warnings) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.ETag = $"\"{document.Tag}\"";
            if (warnings.Count > 0) context.Response.Headers[WarningHeader] = new StringValues([.. warnings.Select(w => w.Message)]);
            return Results.Text(document.Json, "application/json; charset=utf-8").ExecuteAsync(context);
        }
    }
}
