using GridActors.Incidents;
using GridActors.Territory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Demo;

/// <summary>Brings the demo district to life: reports incidents at a steady rate and plays the
/// command centre, the workers and the areas through each case, so a board has something to show.
/// Off by default; <c>GridActors:Demo:Simulate</c> turns it on, <c>GridActors:Demo:ReportsPerHour</c>
/// sets the rate (60), and <c>GridActors:Demo:Pace</c> runs the people faster than life (3600: an
/// hour a second), though the platform's own time limits keep real time; <c>GridActors:Demo:SimulatorSeed</c>
/// repeats a run. It acts only on the demo
/// territory, through the same grain calls as the API.</summary>
public sealed class DemoSimulator(IGrainFactory grains, IConfiguration configuration, TimeProvider clock, ILogger<DemoSimulator> log) : BackgroundService
{
    public const string Setting = "GridActors:Demo:Simulate";
    public const string RateSetting = "GridActors:Demo:ReportsPerHour";
    public const string PaceSetting = "GridActors:Demo:Pace";
    public const string SeedSetting = "GridActors:Demo:SimulatorSeed";

    private double pace = 1;

    /// <summary>Every pending act, by when it is due: the next report, and each case's next step.</summary>
    private readonly PriorityQueue<Func<Task>, DateTimeOffset> agenda = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>(Setting)) return;
        var rate = configuration.GetValue<double?>(RateSetting) ?? 60;
        if (rate is not (> 0 and <= 36_000))
            throw new InvalidOperationException($"{RateSetting} is a number of reports per hour above 0 and at most 36000, not {rate}");
        pace = configuration.GetValue<double?>(PaceSetting) ?? 1;
        if (pace is not (>= 1 and <= 86_400))
            throw new InvalidOperationException($"{PaceSetting} is how many times faster than life the people act, from 1 to 86400, not {pace}");

        var demo = DemoDistrict.Generate(DemoSeeding.Seed, DemoShape.Wujin);
        if (await grains.GetGrain<ITerritoryGrain>(0).GetVersion() != TerritoryVersion.Of(demo.GeoJson))
        {
            log.LogWarning("The simulator plays the demo district only, and the territory is another: it does nothing");
            return;
        }
        // A seed repeats a run's people and places; without one, each run is new.
        var random = configuration.GetValue<int?>(SeedSetting) is { } seed ? new Random(seed) : new Random();
        var scenario = new DemoScenario(demo, [.. CategoryCatalogue.Default.All], rate, random);
        Schedule(scenario.NextGap(), () => Report(scenario));
        // Said once the first report is due, so whoever drives the clock knows the simulation waits on it.
        log.LogInformation("Simulating the demo district at {Rate} reports an hour", rate);
        var acts = 0L;
        while (agenda.TryDequeue(out var act, out var due))
        {
            var wait = due - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                // Said whenever it falls idle, so whoever drives a fake clock knows how far to move it;
                // said once the wait has begun, so a clock moved on hearing it ends that wait.
                var idle = Task.Delay(wait, clock, stoppingToken);
                log.LogDebug("Simulated {Acts} acts; the next is due at {Due:O}", acts, due);
                await idle;
            }
            try { await act(); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "A simulated act failed; the simulation goes on");
            }
            acts++;
        }
    }

    private void Schedule(TimeSpan after, Func<Task> act) => agenda.Enqueue(act, clock.GetUtcNow() + after / pace);

    private async Task Report(DemoScenario scenario)
    {
        Schedule(scenario.NextGap(), () => Report(scenario));
        var (report, by) = scenario.NextReport();
        var id = Ids.NewIncidentId(clock);
        var result = await grains.GetGrain<IIncidentGrain>(id).Handle(report, Guid.NewGuid().ToString("N"), by);
        if (result.Refusal is null) await Next(scenario, id);
        else log.LogWarning("A simulated report was refused: {Refusal}", result.Refusal);
    }

    /// <summary>Looks at the case as it is now, since the platform may have moved it meanwhile.</summary>
    private async Task Next(DemoScenario scenario, string id)
    {
        if (await grains.GetGrain<IIncidentGrain>(id).Get() is not { } view || scenario.NextStep(view) is not { } step) return;
        Schedule(step.After, async () =>
        {
            // The version guards against the platform having acted first: then the step is refused
            // and decided again from what the case is now.
            var result = await grains.GetGrain<IIncidentGrain>(id).Handle(step.Command, Guid.NewGuid().ToString("N"), step.By, view.Version);
            if (result.Refusal is { Code: not RefusalCode.VersionMismatch } refusal)
            {
                log.LogWarning("The simulation stops following case {Id}: {Command} was refused: {Refusal}", id, step.Command, refusal);
                return;
            }
            await Next(scenario, id);
        });
    }
}
