using System.Text;
using GridActors.Gateway.Problems;
using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Territory;

/// <summary>Reads an uploaded JSON file (a territory, a catalogue, a calendar) as text, refusing it
/// before it is read whole when it is over the size limit: a declared length is checked first, a
/// streamed one as it arrives. <c>title</c> names what could not be taken in the problem.</summary>
public static class TerritoryUpload
{
    public const string GeoJson = "application/geo+json";
    public const string Json = "application/json";

    public static async Task<(string? Text, IResult? Problem)> Read(HttpRequest request, long maxBytes, string title = "The file cannot be imported")
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !(type.MediaType.Equals(GeoJson, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)))
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Content-Type", $"send the file as {GeoJson} or {Json}", title));
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes, title));

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes, title));
            buffer.Write(chunk, 0, read);
        }
        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
    }

    private static IResult TooLarge(long maxBytes, string title) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "body", $"the file is over the limit of {maxBytes:N0} bytes", title);

    /// <summary>A validation problem naming the field, with a status other than 400.</summary>
    private static IResult Problem(int status, string field, string reason, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = status,
            Title = title,
        });
}
