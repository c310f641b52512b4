using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Web;

/// <summary>The board's gateway with a fake host clock (lockouts, the account check and its sweep of
/// hub connections), starting now; tokens are signed on the real clock, the one the browser reads.</summary>
public sealed class FakeClockBoardGateway : BoardGateway
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }
}
