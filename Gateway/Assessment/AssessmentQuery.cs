using System.Globalization;
using GridActors.Gateway.Areas;
using GridActors.Gateway.Problems;

namespace GridActors.Gateway.Assessment;

/// <summary>What <c>GET /api/v1/assessment</c> asks: an area, a period [from, to) and perhaps a formula
/// version. A day is a date (<c>2026-06-01</c>, its start at +08:00) or an ISO 8601 instant; every
/// fault is a 400 naming its parameter.</summary>
public sealed record AssessmentQuery(string Area, DateTimeOffset From, DateTimeOffset To, int? Formula)
{
    /// <summary>A year and a day: enough for any annual report, and a bound on the work one request asks.</summary>
    public static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(367);

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static (AssessmentQuery? Query, IResult? Problem) Read(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var area = AreaScope.Asked(request.Query["area"]);
        if (area is null) errors["area"] = [Expected.AreaCode];
        var from = Day(request, "from", errors);
        var to = Day(request, "to", errors);
        if (from is { } f && to is { } t && !(t > f && t - f <= LongestPeriod))
            errors["to"] = ["after from, and at most 367 days after it"];
        int? formula = null;
        if (request.Query["formula"] is { Count: > 0 } given)
        {
            if (int.TryParse(given.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0) formula = version;
            else errors["formula"] = ["a formula set version, a whole number from 1"];
        }
        return errors.Count > 0
            ? (null, TypedResults.ValidationProblem(errors, title: "The request is not valid"))
            : (new AssessmentQuery(area!, from!.Value, to!.Value, formula), null);
    }

    private static DateTimeOffset? Day(HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        string? value = request.Query[name];
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaStandardTime);
        if (value is not null && value.Contains('T')
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return at;
        errors[name] = ["a date (2026-06-01, from its start at +08:00) or an ISO 8601 instant"];
        return null;
    }
}
