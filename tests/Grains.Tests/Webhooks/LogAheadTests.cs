using GridActors.Access;
using GridActors.Log;
using GridActors.Webhooks;

namespace GridActors.Tests.Webhooks;

public class LogAheadTests
{
    private static readonly Actor Admin = new("admin", Role.Admin, "320412");
    private static readonly Dictionary<string, string> Grids = new() { ["c1"] = "320412101001-01" };

    private static LoggedEvent Event(long sequence) =>
        new(sequence, LogStreams.Case, "c1", sequence, "case.reported.v1", "c", Admin, DateTimeOffset.UnixEpoch, "{}");

    [Fact]
    public void It_goes_on_while_the_cursor_is_at_the_event_last_taken()
    {
        var ahead = new LogAhead();
        ahead.Fill(4, [Event(5), Event(7)], Grids);

        Assert.True(ahead.Continues(4));
        Assert.True(ahead.TryNext(out var first));
        Assert.True(ahead.Continues(5));
        Assert.True(ahead.TryNext(out var second));
        Assert.Equal((5L, 7L, "320412101001-01"), (first.Sequence, second.Sequence, ahead.Grids["c1"]));
        Assert.False(ahead.Continues(7));
    }

    [Theory]
    [InlineData(4)] // the receiver did not take event 5: the cursor stayed before it
    [InlineData(1)] // a redelivery moved the cursor back
    [InlineData(9)] // the cursor is past what was read
    public void A_cursor_anywhere_else_reads_the_log_again(long cursor)
    {
        var ahead = new LogAhead();
        ahead.Fill(4, [Event(5), Event(7)], Grids);
        ahead.TryNext(out _);

        Assert.False(ahead.Continues(cursor));
    }

    [Fact]
    public void Nothing_read_is_nothing_to_go_on_from()
    {
        Assert.False(new LogAhead().Continues(-1));
    }
}
