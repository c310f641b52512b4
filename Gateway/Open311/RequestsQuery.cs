using System.Globalization;
using System.Text.RegularExpressions;
using GridActors.Incidents;

namespace GridActors.Gateway.Open311;

/// <summary>The query of <c>GET requests</c>: either the cases named by <c>service_request_id</c> (a
/// comma list, which overrides every other parameter), or the cases of a service, a time span and a
/// status. The span is at most 90 days; without dates it is the last 90 days up to now, and with one
/// date it runs 90 days from (or up to) it. At most 1,000 cases, newest first.</summary>
public sealed partial class RequestsQuery
{
    public const int MaxResults = 1000;
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    private static readonly string[] W3cInstants =
        ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();

    private readonly List<string> faults = [];

    public IReadOnlyList<string> Faults => faults;

    /// <summary>The ids asked for, when asked by id.</summary>
    public IReadOnlyList<string>? Ids { get; }

    public string? ServiceCode { get; }

    public CaseQuery Query { get; } = new();

    public RequestsQuery(IQueryCollection given, string? district, DateTimeOffset now)
    {
        if (Submission.Value(given["service_request_id"]) is { } ids)
        {
            Ids = [.. ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct()];
            if (Ids.FirstOrDefault(id => !GridActors.Ids.IsValid(id)) is { } bad) faults.Add($"service_request_id '{bad}': {GridActors.Ids.Rule}");
            if (Ids.Count > MaxResults) faults.Add($"service_request_id names at most {MaxResults} requests");
            return;
        }
        ServiceCode = Submission.Value(given["service_code"]);
        var start = Instant(given, "start_date");
        var end = Instant(given, "end_date");
        var (from, to) = (start, end) switch
        {
            (null, null) => (now - MaxSpan, now),
            ({ } s, null) => (s, s + MaxSpan),
            (null, { } e) => (e - MaxSpan, e),
            ({ } s, { } e) => (s, e),
        };
        if (to <= from) faults.Add("end_date must be later than start_date");
        else if (to - from > MaxSpan) faults.Add("start_date and end_date may be at most 90 days apart");
        Query = new CaseQuery(Area: district, Statuses: Statuses(Submission.Value(given["status"])), Category: ServiceCode,
            ReportedFrom: from, ReportedTo: to, Limit: CaseQuery.MaxLimit);
    }

    private DateTimeOffset? Instant(IQueryCollection given, string name)
    {
        if (Submission.Value(given[name]) is not { } value) return null;
        // The spec's times carry their offset; one without would be read in the server's zone.
        if (WithOffset().IsMatch(value) && DateTimeOffset.TryParseExact(value, W3cInstants, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return at;
        faults.Add($"{name} is a W3C date-time with its offset, e.g. 2026-03-01T00:00:00+08:00");
        return null;
    }

    /// <summary><c>open</c>, <c>closed</c> or both as a comma list; any status without it.</summary>
    private List<IncidentStatus>? Statuses(string? status)
    {
        if (status is null) return null;
        var statuses = new List<IncidentStatus>();
        foreach (var name in status.Split(',', StringSplitOptions.TrimEntries))
        {
            if (name is not ("open" or "closed"))
            {
                faults.Add($"status '{name}' is open or closed");
                continue;
            }
            statuses.AddRange(Enum.GetValues<IncidentStatus>().Where(s => s.IsOpen() == (name == "open")));
        }
        return statuses;
    }
}
