using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Http;

/// <summary>Reads <c>If-Match</c> for the writes that must not overwrite someone else's change: none
/// is 428, one that is no list of entity tags (nor <c>*</c>) is 400, and a weak tag is kept only to
/// fail the strong comparison RFC 9110 asks of <c>If-Match</c>. Reads <c>If-None-Match</c> for
/// the reads a client revalidates.</summary>
public static class Preconditions
{
    public static (IfMatch? IfMatch, IResult? Problem) Required(HttpRequest request, string what)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
            return (null, Problem(StatusCodes.Status428PreconditionRequired, "If-Match is required",
                $"send the ETag of {what} as read by GET (or *), so a change made meanwhile is not overwritten"));
        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0
            || (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)) && tags.Count > 1))
            return (null, Problem(StatusCodes.Status400BadRequest, "The request is not valid",
                "If-Match is * or a comma-separated list of entity tags in quotes, e.g. \"3\""));
        if (tags[0].Equals(EntityTagHeaderValue.Any)) return (new IfMatch(true, []), null);
        return (new IfMatch(false, [.. tags.Select(t => t.IsWeak ? $"W/{t.Tag}" : t.Tag.ToString().Trim('"'))]), null);
    }

    /// <summary>Whether <c>If-None-Match</c> names the current tag (or is <c>*</c>), so a cached copy is
    /// still good: compared weakly, as RFC 9110 asks of it. A header that does not parse matches nothing.</summary>
    public static bool NoneMatch(HttpRequest request, EntityTagHeaderValue current) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));

    private static IResult Problem(int status, string title, string reason) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(new Dictionary<string, string[]> { ["If-Match"] = [reason] })
        {
            Status = status,
            Title = title,
        });
}
