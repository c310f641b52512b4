using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace GridActors.Gateway.Problems;

/// <summary>Turns a request the framework could not bind (malformed JSON, a wrong type, a missing
/// field) into a validation problem that names the field, instead of a bare 400.</summary>
public sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperty();

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var (field, reason) = bad.InnerException is JsonException json
            ? (Missing(json) ?? FieldOf(json.Path), Reason(json))
            : ("body", bad.Message);
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read",
            },
        });
    }

    /// <summary>"$.location.latitude" → "location.latitude"; the whole body when there is no path.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    /// <summary>A missing required property is reported at the object's path; name the property.</summary>
    private static string? Missing(JsonException json) =>
        MissingProperty().Match(json.Message) is { Success: true } m
            ? string.Join('.', new[] { FieldOf(json.Path), m.Groups[1].Value }.Where(p => p != "body"))
            : null;

    private static string Reason(JsonException json) =>
        json.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
}
