using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Problems;

/// <summary>Every body the API takes is JSON, and JSON between systems is UTF-8 (RFC 8259 §8.1):
/// a request that declares another charset, or a Content-Type that cannot be read, is refused here
/// with 415 naming it, before any endpoint tries to decode it. A UTF-8 byte-order mark is fine.</summary>
public static class Utf8Only
{
    private const string Title = "The request's encoding is not accepted";

    public static IApplicationBuilder UseUtf8Only(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (string.IsNullOrWhiteSpace(request.ContentType))
        {
            await next(context);
            return;
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
        {
            await Refuse(context, $"'{request.ContentType}' is not a media type; send application/json");
            return;
        }
        if (type.Charset.HasValue)
        {
            var charset = HeaderUtilities.RemoveQuotes(type.Charset).ToString();
            if (!IsUtf8(charset))
            {
                await Refuse(context, $"charset '{charset}' is not accepted; send the body in UTF-8");
                return;
            }
            // The framework's JSON reader looks the charset up as written, quotes and all.
            type.Charset = "utf-8";
            request.ContentType = type.ToString();
        }
        await next(context);
    });

    private static Task Refuse(HttpContext context, string reason) =>
        RefusalResults.FieldProblem(StatusCodes.Status415UnsupportedMediaType, "Content-Type", reason, Title).ExecuteAsync(context);

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
