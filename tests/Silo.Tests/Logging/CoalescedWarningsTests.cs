using GridActors.Silo.Logging;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Logging;

/// <summary>A gateway killed while registered makes its silo fail a push to it many times a second
/// until the registration expires; the log says so once a minute, with a count.</summary>
public sealed class CoalescedWarningsTests : IDisposable
{
    private const string Messaging = "Orleans.Messaging.Gateway";
    private static readonly EventId Rejected = new(101024, "Rejected");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs captured = new();
    private readonly ILoggerFactory logs;

    public CoalescedWarningsTests() =>
        logs = new CoalescingLoggerFactory(LoggerFactory.Create(b => b.AddProvider(captured).SetMinimumLevel(LogLevel.Debug)), time);

    public void Dispose() => logs.Dispose();

    [Fact]
    public void A_thousand_identical_warnings_in_a_minute_are_one_line_then_a_count_when_the_minute_ends()
    {
        var log = logs.CreateLogger(Messaging);

        for (var i = 0; i < 1000; i++) RejectPush(log, $"client-{i}");
        var withinTheMinute = captured.Lines.Count;
        time.Advance(RepeatedWarnings.Window);

        Assert.Equal(1, withinTheMinute);
        Assert.Collection(captured.Lines,
            first => Assert.Equal(("Rejecting a push to client-0", typeof(OrleansException)), (first.Message, first.Exception?.GetType())),
            summary =>
            {
                Assert.Equal((Messaging, LogLevel.Warning, Rejected, null), (summary.Category, summary.Level, summary.EventId, summary.Exception));
                Assert.Equal("999 more like the following in the minute since it was logged: Rejecting a push to {Client}", summary.Message);
            });
    }

    [Fact]
    public void Another_cause_still_logs_within_the_minute()
    {
        var log = logs.CreateLogger(Messaging);

        RejectPush(log, "client-1");
        RejectPush(log, "client-2");
        log.LogWarning(Rejected, new TimeoutException("no answer"), "Rejecting a push to {Client}", "client-3");
        log.LogWarning("Could not renew {Gateway}", "gw-1");
        logs.CreateLogger("Orleans.Runtime.Catalog").LogWarning(Rejected, new OrleansException("client-4"), "Rejecting a push to {Client}", "client-4");
        log.LogInformation("Rejecting a push to {Client}", "client-5");

        Assert.Equal(
            ["Rejecting a push to client-1", "Rejecting a push to client-3", "Could not renew gw-1", "Rejecting a push to client-4", "Rejecting a push to client-5"],
            captured.Lines.Select(l => l.Message));
    }

    [Fact]
    public void The_next_minute_logs_again_and_a_minute_with_nothing_held_back_adds_no_count()
    {
        var log = logs.CreateLogger(Messaging);

        RejectPush(log, "client-1");
        time.Advance(RepeatedWarnings.Window);
        RejectPush(log, "client-2");
        RejectPush(log, "client-3");
        time.Advance(RepeatedWarnings.Window);
        RejectPush(log, "client-4");

        Assert.Equal(
            ["Rejecting a push to client-1", "Rejecting a push to client-2",
             "1 more like the following in the minute since it was logged: Rejecting a push to {Client}", "Rejecting a push to client-4"],
            captured.Lines.Select(l => l.Message));
    }

    private static void RejectPush(ILogger log, string client) =>
        log.LogWarning(Rejected, new OrleansException(client), "Rejecting a push to {Client}", client);
}
