using Orleans.Storage;
using Orleans.Runtime;
using GridActors.Access;
using GridActors.Live;
using GridActors.Territory;
using GridActors.Workers;
using Microsoft.Extensions.Logging;

namespace GridActors.Incidents;

/// <summary>One case. Decides with <see cref="IncidentRules"/>, persists, then tells its grid and
/// the workers who hold or held it. Telling is idempotent and repeated on every retry and on
/// activation, so a crash between the write and the telling heals itself.</summary>
public sealed class IncidentGrain(
    [PersistentState("incident", "gridactors")] IPersistentState<IncidentState> state,
    CategoryCatalogue categories,
    TimeProvider clock,
    ILogger<IncidentGrain> log) : Grain, IIncidentGrain
{
    private IncidentState Case => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Case.Exists) return;
        try { await Propagate(); }
        catch (Exception e) { log.LogWarning(e, "Could not re-announce case {Id} on activation", Case.Id); }
    }

    public async Task<CommandResult> Handle(IncidentCommand command, string commandId, Actor actor, long? ifVersion = null)
    {
        if (Case.HasApplied(commandId))
        {
            await Propagate();
            return new CommandResult(Case.Version, AlreadyApplied: true);
        }
        if (ifVersion is { } expected && expected != Case.Version)
            return CommandResult.Refused(Refusal.VersionMismatch(expected, Case.Version), Case.Version);
        if (!Case.Exists) Case.Id = this.GetPrimaryKeyString();
        var decision = IncidentRules.Decide(Case, command, await ContextFor(command, commandId, actor));
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal, Case.Version);

        Case.Apply(decision.Event!, command);
        if (await Persist() is { } conflict) return CommandResult.Refused(conflict, Case.Version);
        await GrainFactory.Publish(new IncidentChanged(Case.ToSummary()));
        await Propagate();
        return new CommandResult(Case.Version);
    }

    public Task<IncidentView?> Get() => Task.FromResult(Case.Exists ? Case.ToView() : null);

    /// <summary>Writes the applied change. On any failure the unsaved change is dropped by re-reading,
    /// so the next command never builds on something that was not stored.</summary>
    private async Task<Refusal?> Persist()
    {
        try
        {
            await state.WriteStateAsync();
            return null;
        }
        catch (InconsistentStateException)
        {
            await state.ReadStateAsync();
            return Refusal.Conflict("the case was changed elsewhere meanwhile; read it again and retry");
        }
        catch
        {
            try { await state.ReadStateAsync(); }
            catch { DeactivateOnIdle(); }
            throw;
        }
    }

    private async Task<CommandContext> ContextFor(IncidentCommand command, string commandId, Actor actor)
    {
        var context = new CommandContext(commandId, actor, clock.GetUtcNow(), categories);
        return command switch
        {
            Report r when AreaCode.IsGrid(r.GridCode) =>
                context with { GridExists = await GrainFactory.GetGrain<IGridGrain>(r.GridCode).Exists() },
            Dispatch { Level: HandlingLevel.Grid } d => context with { HandlerGrids = await GridsOf(d.Handler) },
            Escalate { Level: HandlingLevel.Grid } e => context with { HandlerGrids = await GridsOf(e.Handler) },
            _ => context,
        };
    }

    private async Task<IReadOnlyList<string>> GridsOf(string? workerId) =>
        Ids.IsValid(workerId) && await GrainFactory.GetGrain<IWorkerGrain>(workerId).Get() is { } worker
            ? worker.Profile.Grids
            : [];

    private Task Propagate()
    {
        var summary = Case.ToSummary();
        return Task.WhenAll(Case.Workers
            .Select(w => GrainFactory.GetGrain<IWorkerGrain>(w).Track(summary))
            .Append(GrainFactory.GetGrain<IGridGrain>(Case.GridCode).Track(summary)));
    }
}
