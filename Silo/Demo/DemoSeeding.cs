using GridActors.Access;
using GridActors.Silo.Hosting;
using GridActors.Silo.Storage;
using GridActors.Territory;
using GridActors.Registers;
using GridActors.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Demo;

/// <summary>Gives a fresh embedded install a living district to look at: on a start with no territory
/// yet, imports the demo Wujin district and registers its workers, before the gateway takes requests.
/// <c>GridActors:Demo:Seed</c> turns it on or off; it is on for the embedded default only.</summary>
public sealed class DemoSeeding(IGrainFactory grains, IConfiguration configuration, ILogger<DemoSeeding> log) : IHostedService
{
    public const string Setting = "GridActors:Demo:Seed";
    public const int Seed = 1;

    /// <summary>The system itself, as the admin of the demo district.</summary>
    public static Actor System { get; } = new("system-demo", Role.Admin, DemoDistrict.Code);

    /// <summary>The district's supervisor, who puts the demo workers on duty and fills the registers.</summary>
    private static Actor Centre { get; } = new("system-demo", Role.Supervisor, DemoDistrict.Code);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var enabled = configuration.GetValue<bool?>(Setting) ?? StorageSettings.FromConfiguration(configuration).Backend == StorageBackend.Embedded;
        if (!enabled) return;

        var demo = DemoDistrict.Generate(Seed, DemoShape.Wujin);
        var territory = grains.GetGrain<ITerritoryGrain>(0);
        var version = await territory.GetVersion();
        if (version is null)
        {
            var result = await territory.Import(demo.GeoJson, dryRun: false, System);
            if (result.Outcome != ImportOutcome.Applied)
                throw new InvalidOperationException($"the demo district did not import: {result.Refusal?.Reason ?? result.Findings.FirstOrDefault()?.Message}");
            version = result.Version;
            log.LogInformation("Seeded the demo district {District} with {Grids} grids", DemoDistrict.Name, result.Grids);
        }
        // A territory of one's own replaces the demo, and then its workers are not wanted.
        if (version != TerritoryVersion.Of(demo.GeoJson)) return;

        // The last worker is registered after all the others and the registers, so finding it means a
        // finished seed; a start that stopped half-way registers the workers again, which changes
        // nothing, and fills only the registers still empty.
        var last = demo.Workers[^1];
        if (await grains.GetGrain<IWorkerGrain>(last.Id).Get() is null)
        {
            // A few at a time: hundreds of calls at once queue behind the embedded store's one
            // writer, and the last of them would wait out Orleans' call timeout on a busy machine.
            var few = new ParallelOptions { MaxDegreeOfParallelism = SeedingConcurrency };
            await Parallel.ForEachAsync(demo.Workers.SkipLast(1), few, async (worker, _) => await Register(worker));
            await Parallel.ForEachAsync(demo.Registers.GroupBy(e => e.GridCode), few, async (entries, _) => await FillRegister(entries));
            await Register(last);
            log.LogInformation("Registered the demo district's {Workers} workers and {People} register entries", demo.Workers.Count, demo.Registers.Count);
        }
        // The published demo password is refused outside development, so there are no demo accounts there.
        if (AccountSettings.IsDevelopment(configuration)) await new DemoAccounts(grains, log).Seed(demo);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const int SeedingConcurrency = 16;

    /// <summary>A register is filled by a supervisor of the grid, as in the field; the counts tell an
    /// empty register without reading anyone's details.</summary>
    private async Task FillRegister(IGrouping<string, DemoRegisterEntry> entries)
    {
        var register = grains.GetGrain<IRegisterGrain>(entries.Key);
        var counts = await register.GetCounts();
        if (counts.KeyPersons + counts.VulnerablePeople > 0) return;
        foreach (var e in entries)
        {
            var reply = await register.Add(new RegisterEntryInput(e.Kind, e.Name, e.Address, e.VisitEveryDays), Centre);
            if (reply.Refusal is { } refusal) throw new InvalidOperationException($"a demo register entry of grid {e.GridCode} was refused: {refusal.Reason}");
        }
    }

    /// <summary>Registers the worker and puts them on duty, so the first case filed in a fresh demo is
    /// dispatched to a worker of its grid rather than sent up to the village.</summary>
    private async Task Register(DemoWorker worker)
    {
        var grain = grains.GetGrain<IWorkerGrain>(worker.Id);
        var refusal = await grain.Register(new WorkerProfile(worker.Name, worker.Kind, [worker.GridCode]), System)
            ?? await grain.SetDuty(DutyStatus.OnDuty, Centre);
        if (refusal is not null) throw new InvalidOperationException($"demo worker {worker.Id} was refused: {refusal.Reason}");
    }
}
