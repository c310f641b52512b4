using Orleans.Runtime;

namespace GridActors;

/// <summary>How the grains use reminders: one per grain, registered for the next instant something
/// falls due, and re-registered by each tick for the instant after. The period therefore only
/// matters when a tick is lost, as when the silo was down at the instant: the reminder then fires
/// within one period of the silo's start, and the grain acts on what fell due meanwhile.</summary>
public sealed class NextInstantReminder(IGrainBase grain, string name)
{
    /// <summary>Short, so what fell due during an outage is done soon after start-up; cheap, because
    /// a reminder whose tick succeeded has been moved on and does not repeat.</summary>
    public static readonly TimeSpan CatchUpPeriod = TimeSpan.FromSeconds(10);

    /// <summary>The instant registered: null for none; unknown until this activation registered one.</summary>
    private (bool Known, DateTimeOffset? At) registered;

    /// <summary>Registers for <paramref name="next"/>, or unregisters when null. Registration is a
    /// storage write, so it is skipped when the instant has not changed; a failed one leaves the
    /// instant unknown, so the next call writes again.</summary>
    public async Task Keep(DateTimeOffset? next, DateTimeOffset now)
    {
        if (registered.Known && registered.At == next) return;
        registered = (false, null);
        if (next is { } at)
            await grain.RegisterOrUpdateReminder(name, TimeSpan.FromTicks(Math.Max(0, (at - now).Ticks)), CatchUpPeriod);
        else if (await grain.GetReminder(name) is { } reminder)
            await grain.UnregisterReminder(reminder);
        registered = (true, next);
    }

    /// <summary>For a grain that knows it never registered one: its first call need not look it up.</summary>
    public void KnownToBeNone() => registered = (true, null);
}
