using GridActors.Live;
using Orleans.Runtime;

namespace GridActors.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public class LiveDirectoryTests(ClusterFixture fixture)
{
    private sealed class Nobody : ILiveObserver
    {
        public Task OnEvents(IReadOnlyList<LiveEvent> batch) => Task.CompletedTask;
    }

    [Fact]
    public async Task A_gateway_s_registration_outlives_the_directory_s_activation()
    {
        var directory = fixture.Grains.GetGrain<ILiveDirectoryGrain>(0);
        var observer = fixture.Grains.CreateObjectReference<ILiveObserver>(new Nobody());
        await directory.Subscribe("stored-gateway", observer);

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Contains(observer, await directory.GetObservers());
        await directory.Unsubscribe("stored-gateway");
        Assert.DoesNotContain(observer, await directory.GetObservers());
    }
}
