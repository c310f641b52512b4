using GridActors.Incidents.Log;
using GridActors.Log;
using GridActors.Access;
using GridActors.Configuration;
using GridActors.Live;
using GridActors.Telemetry;
using GridActors.Territory;
using GridActors.Workers;
using Microsoft.Extensions.Logging;

namespace GridActors.Incidents;

/// <summary>One case. Decides with <see cref="IncidentRules"/>, appends the event to the log (its
/// state is its events, read back on activation), then tells its grid and
/// the workers who hold or held it. Telling is idempotent and repeated on every retry and on
/// activation, so a crash between the write and the telling heals itself. While a clock runs, one
/// durable reminder wakes the case at its next instant (see <see cref="ReceiveReminder"/>).</summary>
public sealed class IncidentGrain(
    IEventLog events,
    LiveConfiguration configuration,
    DeadlinePolicy policy,
    DuplicatePolicy duplicates,
    TimeProvider clock,
    ILogger<IncidentGrain> log) : Grain, IIncidentGrain, IRemindable
{
    private const string DeadlineReminder = "deadline";

    private IncidentState Case { get; set; } = new();

    private NextInstantReminder deadline = null!;

    /// <summary>The light last pushed: on activation, the light as of the last change, when it was pushed.</summary>
    private Light published;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        deadline = new NextInstantReminder(this, DeadlineReminder);
        await Load();
        // A case never reported has no reminder: its first command need not look one up.
        if (!Case.Exists)
        {
            deadline.KnownToBeNone();
            return;
        }
        published = Lights.Of(Case.Deadlines, Case.History[^1].At);
        try
        {
            await Propagate();
            await DispatchIfFiled();
        }
        catch (Exception e) { log.LogWarning(e, "Could not re-announce or dispatch case {Id} on activation", Case.Id); }
    }

    public async Task<CommandResult> Handle(IncidentCommand command, string commandId, Actor actor, long? ifVersion = null)
    {
        var result = await Decide(command, commandId, actor, ifVersion);
        var kind = command.GetType().Name;
        var outcome = result.Refusal is not null ? CommandOutcome.Refused : result.AlreadyApplied ? CommandOutcome.Repeated : CommandOutcome.Applied;
        DomainMetrics.CommandDecided(kind, outcome);
        if (outcome == CommandOutcome.Applied && command is Report report) DomainMetrics.ReportFiled(Case.GridCode, report.Source.ToString());
        // Checked first: the arguments would be boxed on every command even with Debug off.
        if (log.IsEnabled(LogLevel.Debug))
            log.LogDebug("Case {Id}: {Command} by {Actor} {Outcome} at version {Version}", this.GetPrimaryKeyString(), kind, actor.Id, outcome, result.Version);
        return result;
    }

    private async Task<CommandResult> Decide(IncidentCommand command, string commandId, Actor actor, long? ifVersion)
    {
        if (Case.HasApplied(commandId))
        {
            // The first attempt may have failed after its write: tell and set the reminder again.
            await Propagate();
            await KeepReminder();
            await DispatchIfFiled();
            return new CommandResult(Case.Version, AlreadyApplied: true);
        }
        if (ifVersion is { } expected && expected != Case.Version)
            return CommandResult.Refused(Refusal.VersionMismatch(expected, Case.Version), Case.Version);
        var decision = IncidentRules.Decide(Case, command, await ContextFor(command, commandId, actor));
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal, Case.Version);
        if (command is Merge merge && await JoinTarget(merge, actor) is { } refused) return CommandResult.Refused(refused, Case.Version);

        var report = command as Report;
        var queuedWith = DepartmentQueue.HolderOf(Case.Status, Case.Level, Case.Handler);
        Case.Apply(decision.Event!, report);
        if (await Persist(decision.Event!, report) is { } conflict) return CommandResult.Refused(conflict, Case.Version);
        await PublishSummary(queuedWith);
        if (command is Merge) await TellReportingWorkers();
        await Propagate();
        await KeepReminder();
        var version = Case.Version;
        await DispatchIfFiled();
        return new CommandResult(version);
    }

    public async Task<Refusal?> Check(IncidentCommand command, Actor actor) =>
        IncidentRules.Decide(Case, command, await ContextFor(command, "check", actor)).Refusal;

    public Task<IncidentView?> Get() => Task.FromResult(Case.Exists ? Case.ToView(clock.GetUtcNow()) : null);

    /// <summary>A tick may come late, twice, or after a restart: it compares the clock with the stored
    /// instants and does what is due through the same rules as a person would, with command ids that
    /// make each action happen once. A late tick catches up step by step (each action starts or
    /// marks a stage, so the next look finds the next step or nothing).</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeadlineReminder || !Case.Exists) return;
        await DispatchIfFiled();
        for (var steps = 0; steps < 3 && Timeouts.Due(Case, clock.GetUtcNow(), configuration.Calendar, policy) is { } due; steps++)
        {
            if (configuration.Categories.Find(Case.Category) is not { } category)
            {
                log.LogWarning("Case {Id}: its category {Category} is no longer in the catalogue; nothing done automatically", Case.Id, Case.Category);
                break;
            }
            var workers = due.Action == TimeoutAction.MoveOn && Case.Level == HandlingLevel.Grid ? await GridWorkers() : [];
            var command = Timeouts.CommandFor(Case, due, category, workers);
            var result = await Handle(command, due.CommandId, Timeouts.ActorFor(Case.GridCode));
            if (result.Refusal is { } refusal)
            {
                log.LogWarning("Case {Id}: the automatic {Action} was refused: {Refusal}", Case.Id, due.Action, refusal);
                break;
            }
        }
        // A light turns without any event: tell the case's watchers, and the areas, which tell their boards.
        if (Lights.Of(Case.Deadlines, clock.GetUtcNow()) != published)
        {
            await PublishSummary();
            await Propagate();
        }
        await KeepReminder();
    }

    public async Task HandlerWentOffline(string workerId)
    {
        if (Case is not { Status: IncidentStatus.Dispatched, Level: HandlingLevel.Grid } || Case.Handler != workerId
            || configuration.Categories.Find(Case.Category) is not { } category) return;
        // The accept timeout's way on, keyed to this offer: once it moved, the next call finds another handler.
        var move = new TimedAction(TimeoutAction.MoveOn, Stage.Accept, $"offline:{workerId}:v{Case.Version}");
        var reason = $"offline: {workerId} went silent";
        var command = Timeouts.CommandFor(Case, move, category, await GridWorkers()) switch
        {
            Reoffer r => r with { Reason = reason },
            Escalate e => e with { Reason = reason },
            var other => other,
        };
        var result = await Handle(command, move.CommandId, Timeouts.ActorFor(Case.GridCode));
        if (result.Refusal is { } refusal) log.LogWarning("Case {Id}: moving on from offline {Worker} was refused: {Refusal}", Case.Id, workerId, refusal);
    }

    /// <summary>A filed case is dispatched by the platform as its category says (see
    /// <see cref="DispatchRules"/>), through the same rules as an operator's dispatch. Called after
    /// every filing and again on a retry, on activation and on a reminder tick, so a filing whose
    /// dispatch was cut short is dispatched later, once: the command id is fixed by the filing.</summary>
    private async Task DispatchIfFiled()
    {
        if (DispatchRules.CommandIdFor(Case) is not { } commandId) return;
        if (configuration.Categories.Find(Case.Category) is not { } category)
        {
            log.LogWarning("Case {Id}: its category {Category} is no longer in the catalogue; it waits for an operator to dispatch it", Case.Id, Case.Category);
            return;
        }
        CommandResult result;
        try
        {
            var workers = category.DefaultLevel == HandlingLevel.Grid ? await GridWorkers() : [];
            result = await Handle(DispatchRules.For(Case, category, workers), commandId, Timeouts.ActorFor(Case.GridCode));
        }
        catch
        {
            // Nobody may retry the filing: the reminder comes back for the dispatch shortly.
            var now = clock.GetUtcNow();
            await deadline.Keep(now + NextInstantReminder.CatchUpPeriod, now);
            throw;
        }
        if (result.Refusal is { } refusal)
            log.LogWarning("Case {Id}: the automatic dispatch was refused: {Refusal}", Case.Id, refusal);
    }

    /// <summary>A merge tells the case merged into first, and ends this one only once that case has
    /// taken the reporters: its own rules say whether it is open and the operator's to manage. Its
    /// command id is fixed by this case, so a merge retried after a crash between the two writes
    /// finds the reporters already there and goes on to end this case.</summary>
    private async Task<Refusal?> JoinTarget(Merge merge, Actor actor)
    {
        var target = GrainFactory.GetGrain<IIncidentGrain>(merge.Into);
        var result = await target.Handle(new AddReporters(Case.Id, [.. Case.AllReporters]), $"merge:{Case.Id}", actor);
        return result.Refusal switch
        {
            null => null,
            { Code: RefusalCode.NotPermitted } r => r,
            { Code: RefusalCode.NotFound } => Refusal.Invalid("into", $"no case {merge.Into}"),
            { } r => Refusal.Invalid("into", $"case {merge.Into} cannot take this report: {r.Reason}"),
        };
    }

    /// <summary>The open cases a report likely duplicates, among the open cases of its category in
    /// its grid and in the grids within the policy's distance of its position.</summary>
    private async Task<IReadOnlyList<string>> LikelyDuplicates(Report report)
    {
        if (report.Location is not { IsValid: true } at) return [];
        var near = await GrainFactory.GetGrain<ILocatorGrain>(0).GridsNear(at, duplicates.Metres);
        var open = await Task.WhenAll(near.Append(report.GridCode!).Distinct()
            .Select(g => GrainFactory.GetGrain<IGridGrain>(g).GetOpenOfCategory(report.Category)));
        return Duplicates.Of(report, Case.Id, clock.GetUtcNow(), duplicates, open.SelectMany(o => o));
    }

    /// <summary>External systems read the case they reported and find where it went; a worker's app
    /// is told at once.</summary>
    private async Task TellReportingWorkers()
    {
        LiveEvent[] told = [.. Case.AllReporters.Where(r => r.Role == Role.Worker).Select(r => new ReportMerged(r.Id, Case.Id, Case.MergedInto!))];
        if (told.Length > 0) await GrainFactory.Publish(told);
    }

    /// <summary><paramref name="queuedWith"/>: the department whose queue held the case before this
    /// change; when the change took it out, the push says so, for that department's watchers.</summary>
    private async Task PublishSummary(string? queuedWith = null)
    {
        var summary = Case.ToSummary(clock.GetUtcNow());
        var left = queuedWith is not null && queuedWith != DepartmentQueue.HolderOf(summary) ? queuedWith : null;
        await GrainFactory.Publish(new IncidentChanged(summary, left));
        if (summary.Light == Light.Red && published != Light.Red) DomainMetrics.CaseOverdue(Case.GridCode);
        published = summary.Light;
    }

    /// <summary>Keeps the one reminder registered for the next instant, or none once no clock runs.</summary>
    private Task KeepReminder()
    {
        var now = clock.GetUtcNow();
        return deadline.Keep(Timeouts.NextInstant(Case, now, configuration.Calendar, policy), now);
    }

    private async Task<IReadOnlyList<WorkerSummary>> GridWorkers()
    {
        var workers = (await GrainFactory.GetGrain<IGridGrain>(Case.GridCode).Get())?.Workers ?? [];
        var summaries = await Task.WhenAll(workers.Select(w => GrainFactory.GetGrain<IWorkerGrain>(w).GetSummary()));
        return [.. summaries.OfType<WorkerSummary>()];
    }

    /// <summary>Appends the applied event with the case's new row. On a conflict or any failure the
    /// unsaved change is dropped by reading the case back, so the next command never builds on
    /// something that was not stored; should even that read fail, the activation goes once idle.</summary>
    private async Task<Refusal?> Persist(IncidentEvent applied, Report? report)
    {
        try
        {
            if (await events.Append(CaseEvents.ToLogged(Case.Id, applied, report), CaseRows.Of(Case))) return null;
        }
        catch
        {
            await Reload();
            throw;
        }
        await Reload();
        return Refusal.Conflict("the case was changed elsewhere meanwhile; read it again and retry");
    }

    private async Task Reload()
    {
        try { await Load(); }
        catch { DeactivateOnIdle(); }
    }

    /// <summary>The case as its events in the log make it.</summary>
    private async Task Load()
    {
        var id = this.GetPrimaryKeyString();
        Case = CaseReplay.State(id, await events.Read(CaseEvents.Stream, id));
    }

    private async Task<CommandContext> ContextFor(IncidentCommand command, string commandId, Actor actor)
    {
        var context = new CommandContext(commandId, actor, Microseconds(clock.GetUtcNow()), configuration.Categories, configuration.Calendar, policy);
        return command switch
        {
            Report r when AreaCode.IsGrid(r.GridCode) && await GrainFactory.GetGrain<IGridGrain>(r.GridCode).Exists() =>
                context with { GridExists = true, LikelyDuplicates = await LikelyDuplicates(r) },
            Dispatch { Level: HandlingLevel.Grid } d => context with { HandlerGrids = await GridsOf(d.Handler) },
            Escalate { Level: HandlingLevel.Grid } e => context with { HandlerGrids = await GridsOf(e.Handler) },
            Reoffer r => context with { HandlerGrids = await GridsOf(r.Handler) },
            _ => context,
        };
    }

    private async Task<IReadOnlyList<string>> GridsOf(string? workerId) =>
        Ids.IsValid(workerId) && await GrainFactory.GetGrain<IWorkerGrain>(workerId).Get() is { } worker
            ? worker.Profile.Grids
            : [];

    private Task Propagate()
    {
        var summary = Case.ToSummary(clock.GetUtcNow());
        return Task.WhenAll(Case.Workers
            .Select(w => GrainFactory.GetGrain<IWorkerGrain>(w).Track(summary))
            .Append(GrainFactory.GetGrain<IGridGrain>(Case.GridCode).Track(summary)));
    }

    /// <summary>The log keeps instants to the microsecond (PostgreSQL's precision), so a case stamps
    /// its events with no finer time than it can read back.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % 10));
}
