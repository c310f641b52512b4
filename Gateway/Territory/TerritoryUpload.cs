using System.Text;
using GridActors.Gateway.Problems;
using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Territory;

/// <summary>Reads an uploaded JSON file (a territory, a catalogue, a calendar) as text, refusing it
/// before it is read whole when it is over the size limit: a declared length is checked first, a
/// streamed one as it arrives. <c>title</c> names what could not be taken in the problem. The text is
/// UTF-8 (other charsets are refused before, by <see cref="Utf8Only"/>); a byte-order mark, which
/// many editors save, is dropped, and bytes that are not UTF-8 are refused rather than replaced.</summary>
public static class TerritoryUpload
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public const string GeoJson = "application/geo+json";
    public const string Json = "application/json";

    public static async Task<(string? Text, IResult? Problem)> Read(HttpRequest request, long maxBytes, string title = "The file cannot be imported")
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !(type.MediaType.Equals(GeoJson, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)))
            return (null, RefusalResults.FieldProblem(StatusCodes.Status415UnsupportedMediaType, "Content-Type", $"send the file as {GeoJson} or {Json}", title));
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes, title));

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes, title));
            buffer.Write(chunk, 0, read);
        }
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), title);
    }

    private static (string? Text, IResult? Problem) Decode(ReadOnlySpan<byte> bytes, string title)
    {
        if (bytes.StartsWith(Bom)) bytes = bytes[Bom.Length..];
        try
        {
            return (Strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, RefusalResults.FieldProblem(StatusCodes.Status400BadRequest, "body", "the file is not valid UTF-8", title));
        }
    }

    private static IResult TooLarge(long maxBytes, string title) =>
        RefusalResults.FieldProblem(StatusCodes.Status413PayloadTooLarge, "body", $"the file is over the limit of {maxBytes:N0} bytes", title);
}
