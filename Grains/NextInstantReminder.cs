namespace GridActors;

/// <summary>How the grains use reminders: one per grain, registered for the next instant something
/// falls due, and re-registered by each tick for the instant after. The period therefore only
/// matters when a tick is lost, as when the silo was down at the instant: the reminder then fires
/// within one period of the silo's start, and the grain acts on what fell due meanwhile.</summary>
public static class NextInstantReminder
{
    /// <summary>Short, so what fell due during an outage is done soon after start-up; cheap, because
    /// a reminder whose tick succeeded has been moved on and does not repeat.</summary>
    public static readonly TimeSpan CatchUpPeriod = TimeSpan.FromSeconds(10);
}
