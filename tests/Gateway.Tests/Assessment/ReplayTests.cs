using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Silo.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GridActors.Tests.Assessment;

/// <summary>The demo district on a data folder the test keeps, its grains on the test's clock: with the
/// simulator playing it (a report every two hours on average, people at life's pace), or without, to read
/// back what an earlier run left.</summary>
public sealed class SimulatedMonthGatewayFactory(string folder, bool simulate, FakeTimeProvider time) : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Storage:DatabasePath"] = Path.Combine(folder, "gridactors.db"),
        ["GridActors:Silo:ClusterId"] = "replay",
        ["GridActors:Silo:ServiceId"] = "replay",
        [DemoSeeding.Setting] = "true",
        [DemoSimulator.Setting] = simulate ? "true" : "false",
        [DemoSimulator.RateSetting] = "0.5",
        [DemoSimulator.SeedSetting] = "20261202",
        ["Logging:LogLevel:" + typeof(DemoSimulator).FullName] = "Debug",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, time);
    }
}

/// <summary>Must-show 2: a month played by the seeded simulator, reported; the cluster restarted on the
/// same database and the month reported again, byte for byte the same; a new formula version gives
/// other figures for that month while version 1's stay exactly as they were.</summary>
public sealed class ReplayTests
{
    private const string June = "/api/v1/assessment?area=320412&from=2026-06-01&to=2026-07-01";
    private static readonly Actor DistrictOperator = new("op-wujin", Role.Operator, DemoDistrict.Code);
    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");

    [Fact]
    public async Task A_simulated_month_reports_the_same_after_a_restart_and_an_old_formula_version_stays_reproducible()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"gridactors-replay-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 31, 20, 0, 0, TimeSpan.FromHours(8)));
        try
        {
            string before;
            await using (var live = new SimulatedMonthGatewayFactory(folder, simulate: true, time))
            {
                await live.InitializeAsync();
                // The simulator has said it waits for an instant after June, and the clock is past June:
                // whatever is done from here on is stamped July.
                await PlayUntil(live, time, new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.FromHours(8)));
                before = await Report(live, "&formula=1");
            }

            await using var restarted = new SimulatedMonthGatewayFactory(folder, simulate: false, time);
            await restarted.InitializeAsync();
            Assert.Equal(before, await Report(restarted, "&formula=1"));

            var district = JsonNode.Parse(before)!["levels"]!["district"]![0]!["figures"]!.AsArray();
            Assert.True(Count(district, "validReport") > 250, $"a month at a report every two hours has about 360 reports, not {Count(district, "validReport")}");
            Assert.True(Count(district, "satisfaction") > 50, "the simulator evaluates what it closes");

            using var admin = restarted.As(PlatformAdmin);
            var shipped = await admin.GetStringAsync("/api/v1/assessment/formulas");
            var strict = new HttpRequestMessage(HttpMethod.Put, "/api/v1/assessment/formulas")
            {
                Content = new StringContent(shipped.Replace("\"satisfiedFrom\": 4", "\"satisfiedFrom\": 5"), Encoding.UTF8, "application/json"),
            };
            strict.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(strict)).StatusCode);

            var now = JsonNode.Parse(await Report(restarted, ""))!;
            var satisfied = (Numerator(district, "satisfaction"), Numerator(now["levels"]!["district"]![0]!["figures"]!.AsArray(), "satisfaction"));
            Assert.Equal(2, (int)now["formulaVersion"]!);
            Assert.True(satisfied.Item2 < satisfied.Item1, $"with 5 needed fewer are satisfied than with 4: {satisfied}");
            Assert.Equal(before, await Report(restarted, "&formula=1"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Moves the clock to each instant the simulator waits for, once it has said it waits:
    /// every act runs at its own time, however slowly the machine goes.</summary>
    private static async Task PlayUntil(GatewayFactory gateway, FakeTimeProvider time, DateTimeOffset end)
    {
        const string Waiting = "; the next is due at ";
        var category = typeof(DemoSimulator).FullName;
        for (var acts = -1L; time.GetUtcNow() < end;)
        {
            var seen = acts;
            LogLine? line = null;
            // An act is one or two grain calls; on a machine shared with other builds one may take
            // longer than a wait's 15 s, so a few waits in a row before giving up.
            for (var tries = 1; line is null; tries++)
            {
                try
                {
                    await gateway.Logs.WaitFor(l => l.Category == category && l.Message.Contains(Waiting, StringComparison.Ordinal)
                        && ActsOf(l) > seen && (line = l) is not null);
                }
                catch (TimeoutException) when (tries < 8)
                {
                }
                catch (TimeoutException)
                {
                    Assert.Fail($"the simulator did not fall idle again after {seen} acts at {time.GetUtcNow():O}; the last lines:\n"
                        + string.Join("\n", gateway.Logs.Lines.Where(l => l.Level >= LogLevel.Warning).TakeLast(12).Select(l => $"{l.Level} {l.Category}: {l.Message} {l.Exception}")));
                }
            }
            acts = ActsOf(line!);
            var due = DateTimeOffset.Parse(line!.Message[(line.Message.IndexOf(Waiting, StringComparison.Ordinal) + Waiting.Length)..], CultureInfo.InvariantCulture);
            if (due > time.GetUtcNow()) time.SetUtcNow(due < end ? due : end);
        }
    }

    private static long ActsOf(LogLine line) => long.Parse(line.Message.Split(' ')[1], CultureInfo.InvariantCulture);

    private static async Task<string> Report(GatewayFactory gateway, string formula)
    {
        using var http = gateway.As(DistrictOperator);
        var response = await http.GetAsync(June + formula);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static decimal Count(JsonArray figures, string indicator) =>
        (decimal)figures.Single(f => (string)f!["indicator"]! == indicator)!["denominator"]!;

    private static decimal Numerator(JsonArray figures, string indicator) =>
        (decimal)figures.Single(f => (string)f!["indicator"]! == indicator)!["numerator"]!;
}
