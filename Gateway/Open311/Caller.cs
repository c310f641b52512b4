using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Territory;

namespace GridActors.Gateway.Open311;

/// <summary>Who calls an Open311 route and for which jurisdiction. The key is one of the external
/// systems' API keys, given as <c>api_key</c> (form field or query) or in <c>X-Api-Key</c>; it reports
/// and reads as that system, in its own area, like the REST API's key does.</summary>
public static class Caller
{
    public const string KeyField = "api_key";

    /// <summary>The system the key names, or the 403 to answer: no key, or a key of nobody or of a
    /// department (departments work their queue, they do not report as a hotline).</summary>
    public static (Actor? System, Fault? Fault) System(HttpRequest request, AuthSettings settings, IFormCollection? form = null)
    {
        var given = Submission.Value(form?[KeyField] ?? default)
            ?? Submission.Value(request.Query[KeyField])
            ?? Submission.Value(request.Headers[ApiKeyHandler.Header]);
        if (given is null) return (null, new Fault(StatusCodes.Status403Forbidden, $"{KeyField} is required"));
        return ApiKeys.Find(settings, given) is { System.Role: Role.External } found
            ? (found.System, null)
            : (null, new Fault(StatusCodes.Status403Forbidden, $"{KeyField} is not a key of this endpoint"));
    }

    /// <summary>The district asked for (null when not given), or the fault of <see cref="Jurisdiction"/>.</summary>
    public static async Task<(string? District, Fault? Fault)> District(string? given, Actor? system, IGrainFactory grains)
    {
        var districts = await grains.GetGrain<IDistrictsGrain>(0).GetAll();
        return (given, Jurisdiction.Check(given, districts, system));
    }
}
