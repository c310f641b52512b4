using System.Text;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Silo.Storage.Cases;

/// <summary>The SQL of one case query, the same for both back ends but for the
/// <see cref="CaseDialect"/>: the reader's scope, the filters, the keyset and the order.</summary>
public sealed class CaseSql
{
    public static readonly string Columns = Log.EventLogSql.QualifiedCaseColumns;

    readonly CaseDialect dialect;
    readonly List<string> where = [];

    public List<KeyValuePair<string, object>> Parameters { get; } = [];

    /// <summary>SELECT of one page and one row more, which tells whether another page follows.</summary>
    public string Page { get; }

    /// <summary>COUNT of every row the query matches, regardless of the page.</summary>
    public string Count { get; }

    public CaseSql(CaseQuery query, CaseReader reader, DateTimeOffset now, CaseDialect dialect)
    {
        this.dialect = dialect;
        Scope(reader);
        Filter(query, now);
        var filters = string.Join(" AND ", where);
        Count = $"SELECT COUNT(*) FROM cases c WHERE {filters}";

        var order = query.Sort;
        var column = Column(order.By);
        var nullable = order.By is CaseSort.ClosedAt or CaseSort.DueAt;
        if (query.After is { } after) where.Add(Keyset(column, nullable, order.Descending, after));
        var direction = order.Descending ? "DESC" : "ASC";
        var orderBy = (nullable ? $"({column} IS NULL), " : "") + $"{column} {direction}, c.id {direction}";
        Page = $"SELECT {Columns} FROM cases c WHERE {string.Join(" AND ", where)} ORDER BY {orderBy} LIMIT {Add(query.Limit + 1)}";
    }

    public static string Column(CaseSort sort) => sort switch
    {
        CaseSort.ReportedAt => "c.reported_at",
        CaseSort.ClosedAt => "c.closed_at",
        CaseSort.DueAt => "c.due_at",
        _ => "c.updated_at",
    };

    void Scope(CaseReader reader)
    {
        if (reader.Area is { } area) where.Add(InArea(area));
        else if (reader.Parties.Count > 0)
            where.Add($"EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND p.party IN ({In(reader.Parties)}))");
        else where.Add("1 = 0");
    }

    void Filter(CaseQuery query, DateTimeOffset now)
    {
        if (query.Area is { } area) where.Add(InArea(area));
        OneOf("c.status", query.Statuses);
        OneOf("c.urgency", query.Urgencies);
        OneOf("c.level", query.Levels);
        OneOf("c.source", query.Sources);
        if (query.Category is { } category) where.Add($"c.category = {Add(category)}");
        if (query.Handler is { } handler) where.Add($"c.handler = {Add(handler)}");
        if (query.ReportedByWorker is { } reporter) where.Add($"c.reporter_role = {Add(nameof(Role.Worker))} AND c.reporter_id = {Add(reporter)}");
        Between("c.reported_at", query.ReportedFrom, query.ReportedTo);
        Between("c.closed_at", query.ClosedFrom, query.ClosedTo);
        if (query.Text is { Length: > 0 } text)
        {
            var pattern = Add("%" + EscapeLike(text) + "%");
            where.Add($"(c.title {dialect.LikeAnyCase} {pattern} ESCAPE '\\' OR c.description {dialect.LikeAnyCase} {pattern} ESCAPE '\\')");
        }
        if (query.Lights is { Count: > 0 } lights) where.Add("(" + string.Join(" OR ", lights.Distinct().Select(l => LightIs(l, now))) + ")");
    }

    /// <summary>A grid lies in an area when the area is its district, town, village or itself.</summary>
    string InArea(string area)
    {
        var column = AreaCode.IsValid(area) ? AreaCode.LevelOf(area) switch
        {
            AreaLevel.District => "c.district_code",
            AreaLevel.Town => "c.town_code",
            AreaLevel.Village => "c.village_code",
            _ => "c.grid_code",
        } : null;
        return column is null ? "1 = 0" : $"{column} = {Add(area)}";
    }

    /// <summary>The rule of <see cref="CaseRecord.LightAt"/>: red once the red instant has come,
    /// else yellow once the yellow one has, read against the instant the clocks stopped if they did.</summary>
    string LightIs(Light light, DateTimeOffset now)
    {
        var at = $"COALESCE(c.stopped_at, {Add(dialect.Instant(now))})";
        var red = $"(c.red_at IS NOT NULL AND c.red_at <= {at})";
        var yellow = $"(c.yellow_at IS NOT NULL AND c.yellow_at <= {at})";
        return light switch
        {
            Light.Red => red,
            Light.Yellow => $"(NOT {red} AND {yellow})",
            _ => $"(NOT {red} AND NOT {yellow})",
        };
    }

    /// <summary>Strictly after the key in the order: rows without the instant come after all that
    /// have it, so a key without one continues among those only.</summary>
    string Keyset(string column, bool nullable, bool descending, CaseKey after)
    {
        var beyond = descending ? "<" : ">";
        var id = Add(after.Id);
        if (after.Value is not { } value) return $"({column} IS NULL AND c.id {beyond} {id})";
        var key = Add(dialect.Instant(value));
        var afterKey = $"{column} {beyond} {key} OR ({column} = {key} AND c.id {beyond} {id})";
        return nullable ? $"({afterKey} OR {column} IS NULL)" : $"({afterKey})";
    }

    void OneOf<T>(string column, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is { Count: > 0 }) where.Add($"{column} IN ({In(values.Distinct().Select(v => v.ToString()))})");
    }

    void Between(string column, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } f) where.Add($"{column} >= {Add(dialect.Instant(f))}");
        if (to is { } t) where.Add($"{column} < {Add(dialect.Instant(t))}");
    }

    string In(IEnumerable<string> values) => string.Join(", ", values.Select(v => Add(v)));

    string Add(object value)
    {
        var name = $"@p{Parameters.Count}";
        Parameters.Add(new(name, value));
        return name;
    }

    static string EscapeLike(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
