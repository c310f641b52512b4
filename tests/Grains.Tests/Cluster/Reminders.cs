using Orleans.Runtime;

namespace GridActors.Tests.Cluster;

/// <summary>Reminders fire on the real clock in the test silo: tests deliver a grain's tick
/// themselves, after moving the fake clock, as the reminder service would.</summary>
public static class Reminders
{
    public static Task Tick(IAddressable grain, string reminder) =>
        grain.AsReference<IRemindable>().ReceiveReminder(reminder, new TickStatus(DateTime.UtcNow, NextInstantReminder.CatchUpPeriod, DateTime.UtcNow));
}
