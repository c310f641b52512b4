namespace GridActors;

/// <summary>Checks on free text from outside: present where required, and within its limit.</summary>
public static class Text
{
    public static Refusal? Problem(string field, string? value, int maxLength, bool required = false) =>
        string.IsNullOrWhiteSpace(value)
            ? (required ? Refusal.Invalid(field, $"{field} is required") : null)
            : value.Length > maxLength ? Refusal.Invalid(field, $"{field} is longer than {maxLength} characters") : null;

    public static Refusal? PhotoProblem(IReadOnlyList<string>? urls)
    {
        if (urls is null) return null;
        if (urls.Count > Limits.Photos) return Refusal.Invalid("photoUrls", $"at most {Limits.Photos} photos");
        foreach (var url in urls)
        {
            if (Problem("photoUrls", url, Limits.PhotoUrl, required: true) is { } p) return p;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                return Refusal.Invalid("photoUrls", $"'{url}' is not an http(s) address");
        }
        return null;
    }
}
