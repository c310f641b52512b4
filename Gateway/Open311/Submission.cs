using System.Globalization;
using System.Text.RegularExpressions;
using GridActors.Incidents;
using GridActors.Territory;
using Microsoft.Extensions.Primitives;

namespace GridActors.Gateway.Open311;

/// <summary>Reads a <c>POST requests</c> form into a report of the service's category, or says
/// everything wrong with it. The location is lat+long (routed to the grid the point lies in) or
/// <c>address_id</c>, which here is a grid code (the grid register is the address register); an
/// <c>address_string</c> is kept with either, but alone it cannot be placed on a grid: there is no
/// geocoder, and a report the platform cannot route is refused rather than held where nobody sees it.
/// The answers to the category's own questions and a <c>media_url</c> are kept at the end of the
/// description, which has no room for more than 4,000 characters in all.</summary>
public static partial class Submission
{
    [GeneratedRegex(@"^attribute\[(?<code>[^\[\]]+)\](?<many>\[\])?$")]
    private static partial Regex AttributeName();

    public static (Report? Report, IReadOnlyList<string> Faults) Read(IFormCollection form, Service service)
    {
        var faults = new List<string>();
        var pointGiven = One(form, "lat") is not null || One(form, "long") is not null;
        var location = Location(form, faults);
        var gridCode = One(form, "address_id");
        if (gridCode is not null && !AreaCode.IsGrid(gridCode)) faults.Add($"address_id is a grid code, e.g. 320412101001-03");
        var address = One(form, "address_string");
        if (address?.Length > Limits.Address) faults.Add($"address_string is longer than {Limits.Address} characters");
        if (pointGiven && gridCode is not null) faults.Add("give lat/long or address_id, not both: a report lies in one grid");
        else if (!pointGiven && gridCode is null)
            faults.Add(address is null
                ? "a location is required: lat and long, or address_id"
                : "address_string alone cannot be placed on a grid here; add lat and long, or address_id (a grid code)");

        var description = One(form, "description");
        if (description?.Length > Limits.Description) faults.Add($"description is longer than {Limits.Description} characters");
        var media = One(form, "media_url");
        if (media is not null && (media.Length > Limits.PhotoUrl || !Uri.TryCreate(media, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            faults.Add($"media_url is an http(s) address of at most {Limits.PhotoUrl} characters");
        var (urgency, answers, attributeFaults) = Attributes.Read(service, AttributesOf(form));
        faults.AddRange(attributeFaults);
        var notes = string.Join("\n", [.. answers, .. media is null ? Array.Empty<string>() : [$"media_url: {media}"]]);
        var text = notes.Length == 0 ? description : $"{description}\n\n{notes}".TrimStart();
        if (description?.Length <= Limits.Description && text?.Length > Limits.Description)
            faults.Add($"description with the answers and media_url is longer than {Limits.Description} characters");

        if (faults.Count > 0) return (null, faults);
        return (new Report(IncidentSource.Hotline12345, service.Code, urgency, Title(description, service), gridCode, text, location, address), faults);
    }

    /// <summary>The first line of the description, cut to a title's length; the service's name without one.</summary>
    private static string Title(string? description, Service service)
    {
        var line = description?.Split('\n', 2)[0].Trim();
        if (string.IsNullOrEmpty(line)) return service.NameZh;
        return line.Length <= Limits.Title ? line : line[..(Limits.Title - 1)] + "…";
    }

    private static GeoPoint? Location(IFormCollection form, List<string> faults)
    {
        var (lat, lon) = (One(form, "lat"), One(form, "long"));
        if (lat is null && lon is null) return null;
        if (lat is null || lon is null)
        {
            faults.Add("lat and long are given together");
            return null;
        }
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || new GeoPoint(latitude, longitude) is not { IsValid: true } point)
        {
            faults.Add("lat and long are WGS-84 degrees: lat within ±90, long within ±180, e.g. lat=31.7005&long=119.9505");
            return null;
        }
        return point;
    }

    private static Dictionary<string, IReadOnlyList<string>> AttributesOf(IFormCollection form)
    {
        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
            if (AttributeName().Match(name) is { Success: true } match)
            {
                var code = match.Groups["code"].Value;
                var given = attributes.GetValueOrDefault(code) ?? [];
                attributes[code] = [.. given, .. values.OfType<string>()];
            }
        return attributes;
    }

    /// <summary>A field's value; empty counts as not given, as form clients send blank fields.</summary>
    public static string? One(IFormCollection form, string name) => Value(form[name]);

    public static string? Value(StringValues values) => values.Count > 0 && !string.IsNullOrEmpty(values[^1]) ? values[^1] : null;
}
