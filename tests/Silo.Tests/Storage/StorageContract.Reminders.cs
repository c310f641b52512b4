using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Storage;

public abstract partial class StorageContract
{
    [Fact]
    public async Task Reminder_rows_are_kept_read_by_grain_and_by_hash_range_and_deleted_by_etag()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        var table = silo.Services.GetRequiredService<IReminderTable>();
        // The provider passes hashes as signed ints: the ring's upper half arrives negative.
        var low = GrainWhoseHash(negative: false);
        var high = GrainWhoseHash(negative: true);
        var start = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        var lowETag = await table.UpsertRow(Reminder(low, start));
        await table.UpsertRow(Reminder(high, start));
        var replacedETag = await table.UpsertRow(Reminder(low, start.AddHours(1)));

        Assert.NotEqual(lowETag, replacedETag);
        var row = await table.ReadRow(low, "deadline");
        Assert.NotNull(row);
        Assert.Equal(start.AddHours(1), row.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(5), row.Period);
        Assert.Equal(replacedETag, row.ETag);
        Assert.Equal([low], (await table.ReadRows(low)).Reminders.Select(r => r.GrainId));

        uint lowHash = low.GetUniformHashCode(), highHash = high.GetUniformHashCode();
        Assert.Equal([low], await InRange(table, lowHash - 1, lowHash));
        Assert.Equal([high], await InRange(table, highHash - 1, highHash));
        Assert.Equal([low], await InRange(table, highHash, lowHash));   // wraps past the top of the ring
        Assert.Equal([high], await InRange(table, lowHash, highHash));
        Assert.Equal(2, (await InRange(table, lowHash, lowHash)).Count); // begin == end: the whole ring

        Assert.False(await table.RemoveRow(low, "deadline", lowETag!));
        Assert.True(await table.RemoveRow(low, "deadline", replacedETag!));
        Assert.Null(await table.ReadRow(low, "deadline"));
        Assert.False(await table.RemoveRow(low, "deadline", replacedETag!));
        Assert.Equal([high], await InRange(table, lowHash, lowHash));
    }

    static ReminderEntry Reminder(GrainId grain, DateTime start) =>
        new() { GrainId = grain, ReminderName = "deadline", StartAt = start, Period = TimeSpan.FromMinutes(5) };

    static GrainId GrainWhoseHash(bool negative) =>
        Enumerable.Range(0, 1_000)
            .Select(i => GrainId.Create("counter", $"reminded-{i}"))
            .First(grain => (int)grain.GetUniformHashCode() < 0 == negative);

    static async Task<List<GrainId>> InRange(IReminderTable table, uint begin, uint end) =>
        (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToList();
}
