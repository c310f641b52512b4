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
        var before = await log.LastSequence();
        var id = $"l-{Guid.NewGuid():N}";

        Assert.True(await log.Append(new LoggedEvent(0, "last", id, 1, "test.appended.v1", "c", Operator, DateTimeOffset.UnixEpoch, "{}")));

        // Read by its stream, not after a sequence: a reader after a sequence may rightly wait at a number
        // an earlier test burnt while any transaction on the server runs.
        var appended = Assert.Single(await log.Read("last", id));
        Assert.True(appended.Sequence > before);
        Assert.Equal(appended.Sequence, await log.LastSequence());
    }
}
