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

    [Fact]
    public async Task A_co_hosted_gateway_whose_silo_left_the_cluster_is_pushed_to_no_more()
    {
        var directory = fixture.Grains.GetGrain<ILiveDirectoryGrain>(0);
        var running = (await fixture.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Keys.First();
        var gone = SiloAddress.New(running.Endpoint, running.Generation - 1);
        var live = HostedObserver(running);
        var dead = HostedObserver(gone);
        await directory.Subscribe("cohosted-running", live);
        await directory.Subscribe("cohosted-gone", dead);

        var observers = await directory.GetObservers();

        Assert.Contains(live, observers);
        Assert.DoesNotContain(dead, observers);
        await directory.Unsubscribe("cohosted-running");
        await directory.Unsubscribe("cohosted-gone");
    }

    /// <summary>An observer of the hosted client of a silo, as a co-hosted gateway registers it.</summary>
    private ILiveObserver HostedObserver(SiloAddress silo)
    {
        var id = GrainId.Create("sys.client", $"hosted-{silo.ToParsableString()}+{Guid.NewGuid():N}");
        return fixture.Grains.GetGrain(id).AsReference<ILiveObserver>();
    }
}
