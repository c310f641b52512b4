using System.Data.Common;

namespace GridActors.Tests.Storage;

/// <summary>A fresh database of one backend, for one test class, gone afterwards.</summary>
public interface IStorageDatabase
{
    /// <summary>The <c>GridActors:Storage</c> settings that point at this database.</summary>
    IReadOnlyDictionary<string, string?> Configuration { get; }

    /// <summary>Every query key the providers of this backend need, and nothing else.</summary>
    IReadOnlySet<string> ExpectedQueryKeys { get; }

    Task ApplySchemaAsync();

    Task<IReadOnlyList<string>> QueryKeysAsync();

    /// <summary>The rows of a query, read straight from the database (integers as <c>long</c>, text as <c>string</c>).</summary>
    Task<IReadOnlyList<object?[]>> QueryAsync(string sql);
}

static class QueryKeys
{
    public static readonly string[] Storage = ["ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey"];

    public static readonly string[] Reminders =
    [
        "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    public static readonly string[] Clustering =
    [
        "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
    ];
}

static class Rows
{
    /// <summary>Every row of a query on a connection of its own, closed afterwards.</summary>
    public static async Task<IReadOnlyList<object?[]>> ReadAsync(DbConnection connection, string sql)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<object?[]>();
            while (await reader.ReadAsync())
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                rows.Add([.. row.Select(v => v is DBNull ? null : v)]);
            }
            return rows;
        }
    }
}
