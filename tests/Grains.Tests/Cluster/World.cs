using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests.Cluster;

/// <summary>A district of its own for one test: one town, one village, one grid, a reporting worker
/// and two handling workers, so tests sharing a silo never see each other's counts.</summary>
public sealed class World
{
    private static int next = 100;

    public string District { get; }
    public string Town => District + "101";
    public string Village => Town + "001";
    public string Grid => Village + "-01";
    public Actor Admin => new("admin", Role.Admin, District);
    public Actor Operator => new("op", Role.Operator, Town);
    public Actor Supervisor => new("sup", Role.Supervisor, Town);
    public Actor Reporter => new($"{District}-w1", Role.Worker, Grid);
    public Actor Handler => new($"{District}-w2", Role.Worker, Grid);
    public Actor Second => new($"{District}-w3", Role.Worker, Grid);

    private readonly IGrainFactory grains;
    private int commands;

    private World(IGrainFactory grains)
    {
        District = (320000 + Interlocked.Increment(ref next)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        this.grains = grains;
    }

    public static async Task<World> Create(IGrainFactory grains)
    {
        var world = new World(grains);
        Assert.Null(await grains.GetGrain<IGridGrain>(world.Grid).Define(new GridDefinition("Canal side", GridType.Community), world.Admin));
        foreach (var worker in new[] { world.Reporter, world.Handler, world.Second })
            Assert.Null(await world.Worker(worker.Id).Register(new WorkerProfile(worker.Id, WorkerKind.FullTime, [world.Grid], null), world.Admin));
        return world;
    }

    public IIncidentGrain Incident(string id) => grains.GetGrain<IIncidentGrain>(id);
    public IWorkerGrain Worker(string id) => grains.GetGrain<IWorkerGrain>(id);
    public IGridGrain GridGrain => grains.GetGrain<IGridGrain>(Grid);
    public IAreaGrain Area(string code) => grains.GetGrain<IAreaGrain>(code);

    public Report AReport() => new(IncidentSource.Patrol, "environment.rubbish", Urgency.Normal, "Rubbish heap", Grid, Location: new GeoPoint(31.7, 119.95));

    /// <summary>Gives a command that must be applied, with a fresh command id.</summary>
    public async Task<long> Do(string incident, IncidentCommand command, Actor actor)
    {
        var result = await Incident(incident).Handle(command, $"{District}-cmd-{++commands}", actor);
        Assert.True(result.Refusal is null, $"{command} by {actor.Id} was refused: {result.Refusal}");
        return result.Version;
    }

    /// <summary>A case offered to <see cref="Handler"/>: the platform dispatches it on filing, and
    /// the handler is the one on duty.</summary>
    public async Task<string> DispatchedCase(string id)
    {
        await OnDuty(Handler);
        await Do(id, AReport(), Reporter);
        await Do(id, new FileCase(null), Operator);
        Assert.Equal(Handler.Id, (await Incident(id).Get())!.Handler);
        return id;
    }

    public async Task OnDuty(Actor worker) => Assert.Null(await Worker(worker.Id).SetDuty(DutyStatus.OnDuty, worker));

    /// <summary>Counts at grid, village, town and district, in that order.</summary>
    public async Task<AreaCounts[]> CountsEverywhere() =>
        [(await GridGrain.Get())!.Counts, .. await Task.WhenAll(new[] { Village, Town, District }.Select(a => Area(a).GetCounts()))];
}
