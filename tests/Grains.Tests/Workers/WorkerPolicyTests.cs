using GridActors.Workers;

namespace GridActors.Tests.Workers;

public class WorkerPolicyTests
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_worker_is_silent_from_ten_minutes_after_the_last_heartbeat()
    {
        var policy = WorkerPolicy.Default;
        Assert.Equal(Seen.AddMinutes(10), policy.OfflineAt(Seen));
        Assert.False(policy.IsSilent(Seen, Seen.AddMinutes(10).AddTicks(-1)));
        // What an activation after a restart finds when the heartbeat is older than the limit.
        Assert.True(policy.IsSilent(Seen, Seen.AddMinutes(10)));
        Assert.True(policy.IsSilent(Seen, Seen.AddDays(2)));
    }

    [Fact]
    public void A_worker_never_heard_from_is_not_timed() =>
        Assert.Equal((null, false), (WorkerPolicy.Default.OfflineAt(null), WorkerPolicy.Default.IsSilent(null, Seen.AddYears(1))));
}
