using Microsoft.Extensions.Primitives;

namespace GridActors.Gateway.Incidents;

/// <summary>A case's version is its entity tag: <c>ETag: "7"</c> on reads, <c>If-Match: "7"</c> on writes.</summary>
public static class Versions
{
    public static bool TryParseIfMatch(StringValues header, out long? version)
    {
        version = null;
        if (StringValues.IsNullOrEmpty(header)) return true;
        if (header.Count != 1) return false;
        var tag = header[0]!.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        if (!long.TryParse(tag.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            return false;
        version = parsed;
        return true;
    }

    public static IResult WithVersion(this IResult result, long version) => new Tagged(result, version);

    private sealed class Tagged(IResult inner, long version) : IResult, INestedHttpResult
    {
        public IResult Result => inner;

        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.ETag = $"\"{version}\"";
            return inner.ExecuteAsync(context);
        }
    }
}
