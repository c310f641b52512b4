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
