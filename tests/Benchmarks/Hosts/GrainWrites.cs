
namespace GridActors.Benchmarks.Hosts;

/// <summary>What the storage holds, read from the product's own tables. A grain's Version in
/// GrainState is its ETag and grows by one per write, so their sum counts every grain write made;
/// each event is one row of <c>events</c>; a reminder row starts at Version 0 and grows by one per
/// write, so Version + 1 summed counts the writes of the reminders still there (a deleted reminder's
/// writes drop out, so that figure is a floor).</summary>
public sealed record GrainWrites(long Writes, long Rows, double AverageStateBytes, long LargestStateBytes, long Events, long ReminderWrites)
{
    private const string Query = """
        SELECT COALESCE(SUM(Version), 0), COUNT(*), COALESCE(AVG(LENGTH(PayloadBinary)), 0), COALESCE(MAX(LENGTH(PayloadBinary)), 0),
               (SELECT COUNT(*) FROM events),
               (SELECT COALESCE(SUM(Version + 1), 0) FROM Reminders)
        FROM GrainState
        """;

    public static Task<GrainWrites> Read(Store store) => store.Run(Query, async command =>
    {
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        long Long(int i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        return new GrainWrites(Long(0), Long(1), Convert.ToDouble(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), Long(3), Long(4), Long(5));
    });
}
