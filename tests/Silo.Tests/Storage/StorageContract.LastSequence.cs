using GridActors.Log;
using Microsoft.Extensions.DependencyInjection;
using static GridActors.Tests.Storage.CaseWorld;

namespace GridActors.Tests.Storage;

public abstract partial class StorageContract
{
    [Fact]
    public async Task The_last_sequence_is_the_number_of_the_latest_event_stored_where_a_new_subscription_starts()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        var log = silo.Services.GetRequiredService<IEventLog>();
        var before = (await log.ReadAfter(0, 100_000)).LastOrDefault()?.Sequence ?? 0;
        Assert.Equal(before, await log.LastSequence());

        Assert.True(await log.Append(new LoggedEvent(0, "last", $"l-{Guid.NewGuid():N}", 1, "test.appended.v1", "c", Operator, DateTimeOffset.UnixEpoch, "{}")));

        var appended = Assert.Single(await log.ReadAfter(before, 10));
        Assert.Equal(appended.Sequence, await log.LastSequence());
    }
}
