using System.Globalization;
using GridActors.Incidents;

namespace GridActors.Gateway.Incidents;

/// <summary>Reads a list's query string into a <see cref="CaseQuery"/>, collecting a reason for
/// every parameter that is wrong (unknown names, unknown enum names, bad codes, instants or
/// numbers) under that parameter's name.</summary>
public sealed class CaseListParameters
{
    private static readonly string[] Known =
    [
        "area", "status", "light", "category", "urgency", "level", "handler", "source", "reportedFrom", "reportedTo",
        "closedFrom", "closedTo", "q", "sort", "cursor", "limit", "count",
    ];

    private const int MaxText = 200;

    private readonly IQueryCollection given;
    private readonly Dictionary<string, List<string>> errors = [];

    public CaseQuery Query { get; }

    public IDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public bool IsValid => errors.Count == 0;

    /// <summary><paramref name="fixedByRoute"/>: parameters this list does not take, since its route
    /// decides them (a department's queue fixes the level and the handler).</summary>
    public CaseListParameters(CaseListRequest request, IQueryCollection query, CaseCursors cursors, IReadOnlyCollection<string>? fixedByRoute = null)
    {
        given = query;
        var known = Known.Except(fixedByRoute ?? []).ToArray();
        foreach (var name in query.Keys.Where(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)))
            Fail(name, $"not a parameter of this list; use {string.Join(", ", known)}");

        var area = One("area", request.Area);
        if (area is not null && !AreaCode.IsValid(area)) Fail("area", Expected.AreaCode);
        var order = Order(One("sort", request.Sort));
        Query = new CaseQuery(
            Area: area,
            Statuses: Many<IncidentStatus>("status", request.Status),
            Lights: Many<Light>("light", request.Light),
            Category: Text("category", request.Category),
            Urgencies: Many<Urgency>("urgency", request.Urgency),
            Levels: Many<HandlingLevel>("level", request.Level),
            Handler: Text("handler", request.Handler),
            Sources: Many<IncidentSource>("source", request.Source),
            ReportedFrom: Instant("reportedFrom", request.ReportedFrom),
            ReportedTo: Instant("reportedTo", request.ReportedTo),
            ClosedFrom: Instant("closedFrom", request.ClosedFrom),
            ClosedTo: Instant("closedTo", request.ClosedTo),
            Text: Text("q", request.Q),
            Order: order,
            After: Cursor(One("cursor", request.Cursor), order, cursors),
            Limit: Limit(One("limit", request.Limit)),
            Count: Count(One("count", request.Count)));
        if (Query.ReportedTo <= Query.ReportedFrom) Fail("reportedTo", "must be later than reportedFrom");
        if (Query.ClosedTo <= Query.ClosedFrom) Fail("closedTo", "must be later than closedFrom");
    }

    /// <summary>Adds a reason of the route's own (null: none) under the parameter's name.</summary>
    public void Check(string name, string? reason)
    {
        if (reason is not null) Fail(name, reason);
    }

    private void Fail(string name, string reason)
    {
        if (!errors.TryGetValue(name, out var reasons)) errors[name] = reasons = [];
        reasons.Add(reason);
    }

    /// <summary>The value bound, unless the parameter came more than once (the binder would join them).</summary>
    private string? One(string name, string? value)
    {
        if (given.TryGetValue(name, out var values) && values.Count > 1)
        {
            Fail(name, "give it once");
            return null;
        }
        return value;
    }

    private string? Text(string name, string? value) => One(name, value) switch
    {
        null => null,
        { Length: 0 or > MaxText } => Failed<string>(name, $"must be 1 to {MaxText} characters"),
        var text => text,
    };

    private T? Failed<T>(string name, string reason) where T : class
    {
        Fail(name, reason);
        return null;
    }

    /// <summary>Repeated, or a comma list, or both; names as in the API, in any case. Numbers are
    /// refused: an enum's number is no name.</summary>
    private IReadOnlyList<T>? Many<T>(string name, string[]? values) where T : struct, Enum
    {
        var names = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).ToList();
        if (names.Count == 0) return null;
        var parsed = new List<T>();
        foreach (var value in names)
        {
            var known = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(value, StringComparison.OrdinalIgnoreCase));
            if (known is null) Fail(name, $"'{value}' is not known; use {string.Join(", ", Enum.GetNames<T>())}");
            else parsed.Add(Enum.Parse<T>(known));
        }
        return parsed;
    }

    /// <summary>ISO 8601 only (a date, or a time to the minute, second or fraction, with an offset, Z or
    /// none for UTC): the culture-aware parser would also take "March 1 2026" and read 01/02 by locale.</summary>
    private static readonly string[] IsoInstants =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private DateTimeOffset? Instant(string name, string? given)
    {
        if (One(name, given) is not { } value) return null;
        if (DateTimeOffset.TryParseExact(value, IsoInstants, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        Fail(name, "an instant is ISO 8601, e.g. 2026-03-01T00:00:00+08:00");
        return null;
    }

    /// <summary><c>reportedAt</c> (newest first) unless given as <c>field</c> or <c>field:asc|desc</c>.</summary>
    private CaseOrder Order(string? sort)
    {
        if (sort is null) return new CaseOrder(CaseSort.ReportedAt, Descending: true);
        var parts = sort.Split(':');
        var by = Enum.GetNames<CaseSort>().FirstOrDefault(n => n.Equals(parts[0], StringComparison.OrdinalIgnoreCase));
        var direction = parts.Length == 1 ? "asc" : parts[1].ToLowerInvariant();
        if (by is null || parts.Length > 2 || direction is not ("asc" or "desc"))
        {
            Fail("sort", "sort by reportedAt, closedAt, dueAt or updatedAt, optionally with :asc or :desc");
            return new CaseOrder(CaseSort.ReportedAt, Descending: true);
        }
        return new CaseOrder(Enum.Parse<CaseSort>(by), direction == "desc");
    }

    private CaseKey? Cursor(string? cursor, CaseOrder order, CaseCursors cursors)
    {
        if (cursor is null) return null;
        var key = cursors.Read(cursor);
        if (key is null) Fail("cursor", "not a cursor this list gave out");
        else if (key.Order != order) Fail("cursor", "the cursor continues a list in another order; ask with the same sort");
        return key;
    }

    private int Limit(string? limit)
    {
        if (limit is null) return CaseQuery.DefaultLimit;
        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= CaseQuery.MaxLimit) return n;
        Fail("limit", $"a whole number from 1 to {CaseQuery.MaxLimit}");
        return CaseQuery.DefaultLimit;
    }

    private bool Count(string? count)
    {
        if (count is null) return false;
        if (bool.TryParse(count, out var value)) return value;
        Fail("count", "true or false");
        return false;
    }
}
