using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Configuration;

/// <summary>A gateway whose silo's clock is fake and starts on Monday 30 November 2026 17:00
/// (+08:00), the last day before next year's schedule is due, with a start-up calendar that schedules 2026 alone, so 2027 is the year without a
/// schedule whatever the shipped file carries by then. Tokens are signed on the real clock, which
/// is the one the token check reads.</summary>
public sealed class DecemberGatewayFactory : GatewayFactory
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 17, 0, 0, TimeSpan.FromHours(8));

    private readonly string calendarFile = Path.Combine(Path.GetTempPath(), $"gridactors-calendar-{Guid.NewGuid():N}.json");

    public FakeTimeProvider Time { get; } = new(Start);

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["GridActors:Configuration:CalendarFile"] = calendarFile };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        File.WriteAllText(calendarFile, """{ "years": [{ "year": 2026, "source": "test data", "holidays": [] }] }""");
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(calendarFile);
    }
}
