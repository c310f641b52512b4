using GridActors.Silo.Hosting;

namespace GridActors.Tests.Hosting;

public class ClusterConnectionRetryTests
{
    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1_000)]
    [InlineData(3, 2_000)]
    [InlineData(4, 4_000)]
    [InlineData(5, 5_000)]
    [InlineData(1_000, 5_000)]
    public void A_gateway_waits_half_a_second_then_doubling_up_to_five_between_tries_to_reach_the_cluster(int attempt, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ClusterConnectionRetry.Wait(attempt));
    }
}
