using GridActors.Gateway.Board;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Web;

/// <summary>The board's gateway with the host's clock in the test's hand (the silo's deadlines,
/// lockouts, the account check and its sweep of hub connections), starting on a Monday morning of a
/// year the shipped calendar schedules (tokens stay on the real clock, the one the browser reads),
/// and a page that asks for the server's time every second, so a move of the fake clock reaches it at once.</summary>
public sealed class FakeClockBoardGateway : BoardGateway
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { [BoardClockApi.SyncSetting] = "1" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }
}
