using System.Data.Common;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Log;

namespace GridActors.Silo.Storage.Cases;

/// <summary>Runs a <see cref="CaseSql"/> on a connection of the back end and reads its rows back.</summary>
public abstract class SqlCaseTable(CaseDialect dialect) : ICaseTable
{
    protected abstract Task<DbConnection> OpenAsync();

    public async Task<CasePage> Query(CaseQuery query, CaseReader reader, DateTimeOffset now)
    {
        if (reader.ReadsNothing) return new CasePage([], null, query.Count ? 0 : null, now);
        // The gateway checks the limit; a caller inside the cluster still gets pages of a sane size.
        query = query with { Limit = Math.Clamp(query.Limit, 1, CaseQuery.MaxLimit) };
        var sql = new CaseSql(query, reader, now, dialect);
        await using var connection = await OpenAsync();

        var items = new List<CaseRecord>(query.Limit + 1);
        await using (var page = Command(connection, sql.Page, sql))
        await using (var rows = await page.ExecuteReaderAsync())
            while (await rows.ReadAsync()) items.Add(Read(rows));

        long? total = null;
        if (query.Count)
        {
            await using var count = Command(connection, sql.Count, sql);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (items.Count <= query.Limit) return new CasePage(items, null, total, now);
        items.RemoveAt(items.Count - 1);
        var last = items[^1];
        return new CasePage(items, new CaseKey(query.Sort, KeyOf(last, query.Sort.By), last.Id), total, now);
    }

    public async Task<IReadOnlyDictionary<string, string>> GridsOf(IReadOnlyCollection<string> caseIds)
    {
        var grids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (caseIds.Count == 0) return grids;
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        var names = caseIds.Select((id, i) =>
        {
            Log.EventLogSql.Add(command, $"id{i}", id);
            return $"@id{i}";
        });
        command.CommandText = $"SELECT id, grid_code FROM cases WHERE id IN ({string.Join(", ", names)})";
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync()) grids[rows.GetString(0)] = rows.GetString(1);
        return grids;
    }

    static DateTimeOffset? KeyOf(CaseRecord row, CaseSort sort) => sort switch
    {
        CaseSort.ReportedAt => row.ReportedAt,
        CaseSort.ClosedAt => row.ClosedAt,
        CaseSort.DueAt => row.DueAt,
        _ => row.UpdatedAt,
    };

    static DbCommand Command(DbConnection connection, string text, CaseSql sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        // The count leaves out the keyset and the limit; a parameter it does not name is harmless.
        foreach (var (name, value) in sql.Parameters) Log.EventLogSql.Add(command, name, value);
        return command;
    }

    CaseRecord Read(DbDataReader row) => Log.EventLogSql.ReadCase(row, dialect);


}
