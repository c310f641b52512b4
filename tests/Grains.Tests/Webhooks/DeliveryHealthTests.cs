using GridActors.Webhooks;

namespace GridActors.Tests.Webhooks;

public class DeliveryHealthTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 3, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly WebhookSettings Settings = new() { RetryDelay = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromMinutes(5) };

    [Fact]
    public void The_wait_after_a_failure_doubles_with_jitter_up_to_the_longest_back_off()
    {
        var health = new DeliveryHealth();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 12; i++)
        {
            Assert.False(health.Failed(Start, "the receiver answered 503", null, Settings, jitter: 1));
            waits.Add(health.NextTry!.Value - Start);
        }
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300], waits.Select(w => w.TotalSeconds));
        health.Failed(Start, "again", null, Settings, jitter: 0);
        Assert.Equal(TimeSpan.FromMinutes(5), health.NextTry - Start);
        Assert.False(health.MayTry(Start + TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1)));
        Assert.True(health.MayTry(Start + TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_long_retry_delay_stays_at_the_longest_back_off_however_many_tries_fail()
    {
        var slow = Settings with { RetryDelay = TimeSpan.FromMinutes(30), MaxBackoff = TimeSpan.FromHours(6) };
        var health = new DeliveryHealth();
        for (var i = 0; i < 40; i++) Assert.False(health.Failed(Start, "503", null, slow, jitter: 1));
        Assert.Equal((40, TimeSpan.FromHours(6)), (health.Failures, health.NextTry - Start));
    }

    [Fact]
    public void Jitter_spreads_a_wait_between_half_and_all_of_it()
    {
        var low = new DeliveryHealth();
        var high = new DeliveryHealth();
        low.Failed(Start, "x", null, Settings, jitter: 0);
        high.Failed(Start, "x", null, Settings, jitter: 1);
        Assert.Equal((0.5, 1.0), ((low.NextTry!.Value - Start).TotalSeconds, (high.NextTry!.Value - Start).TotalSeconds));
    }

    [Fact]
    public void Retry_After_lengthens_the_wait_but_never_past_the_longest_back_off()
    {
        var health = new DeliveryHealth();
        health.Failed(Start, "429", TimeSpan.FromSeconds(30), Settings, jitter: 1);
        Assert.Equal(TimeSpan.FromSeconds(30), health.NextTry - Start);
        health.Failed(Start, "429", TimeSpan.FromHours(2), Settings, jitter: 1);
        Assert.Equal(TimeSpan.FromMinutes(5), health.NextTry - Start);
    }

    [Fact]
    public void Failing_for_24_hours_suspends_and_a_success_before_then_starts_the_count_again()
    {
        var health = new DeliveryHealth();
        Assert.False(health.Failed(Start, "503", null, Settings, 0.5));
        Assert.False(health.Failed(Start + TimeSpan.FromHours(23), "503", null, Settings, 0.5));
        health.Delivered();
        Assert.Null(health.FailingSince);
        Assert.False(health.Failed(Start + TimeSpan.FromHours(24), "503", null, Settings, 0.5));
        Assert.Equal(Start + TimeSpan.FromHours(24), health.FailingSince);

        Assert.True(health.Failed(Start + TimeSpan.FromHours(48), "connection refused", null, Settings, 0.5));
        Assert.True(health.Suspended);
        Assert.False(health.MayTry(Start + TimeSpan.FromDays(30)));
        Assert.Equal($"every delivery failed since {Start + TimeSpan.FromHours(24):O}; the last: connection refused", health.SuspendedReason);
    }

    [Fact]
    public void Resuming_forgets_the_failures_and_tries_at_once()
    {
        var health = new DeliveryHealth();
        health.Failed(Start, "503", null, Settings, 0.5);
        health.Failed(Start + TimeSpan.FromHours(25), "503", null, Settings, 0.5);
        health.Resume();
        Assert.Equal((false, null, 0, null), (health.Suspended, health.FailingSince, health.Failures, health.SuspendedReason));
        Assert.True(health.MayTry(Start + TimeSpan.FromHours(25)));
    }
}
