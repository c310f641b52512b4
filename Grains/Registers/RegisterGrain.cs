using GridActors.Access;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Storage;
using GridActors.Territory;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using static GridActors.Registers.RegisterRules;

namespace GridActors.Registers;

/// <summary>A grid's registers (重点对象、困难群体). Access is decided by <see cref="RegisterRules"/>
/// against the grid's current workers; every call that returns entries first appends who read which
/// entries to the audit trail, and a change is written with its audit line in one write, then the
/// line is moved to the trail (again on a later call or activation, should that fail: numbered, so
/// it lands once). Overdue visits become
/// alerts on the grid, found by one durable reminder at the earliest due visit.</summary>
public sealed class RegisterGrain(
    [PersistentState("register", "gridactors")] IPersistentState<RegisterState> state,
    IRegisterAudit audit,
    IEventLog events,
    TimeProvider clock,
    ILogger<RegisterGrain> log) : Grain, IRegisterGrain, IRemindable
{
    private const string VisitsReminder = "visits";
    private NextInstantReminder visits = null!;

    private string Grid => this.GetPrimaryKeyString();
    private RegisterState Register => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        visits = new NextInstantReminder(this, VisitsReminder);
        // A register stored before the trail had its own table holds its whole trail, unnumbered.
        if (Register.LastAuditNumber < Register.Audit.Count) Register.LastAuditNumber = Register.Audit.Count;
        if (Register.Audit.Count == 0) return;
        await FlushAudit();
        // Stored without the moved lines, so the next activation does not move them again.
        if (Register.Audit.Count == 0)
        {
            try { await Write(); }
            catch (Exception e) { log.LogWarning(e, "Register {Grid}: its moved audit lines stay in its state until its next write", Grid); }
        }
    }

    public async Task<RegisterReply> List(Actor actor)
    {
        if (await RefusalFor(Act.Read, actor) is { } refusal) return new(refusal, []);
        var entries = Register.Entries.Values.OrderBy(e => e.AddedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        await Audited(actor, "read", [.. entries.Select(e => e.Id)]);
        return new(null, entries);
    }

    public async Task<RegisterReply> Get(string entryId, Actor actor)
    {
        if (await RefusalFor(Act.Read, actor) is { } refusal) return new(refusal, []);
        if (!Register.Entries.TryGetValue(entryId, out var entry)) return NoEntry(entryId);
        await Audited(actor, "read", [entryId]);
        return new(null, [entry]);
    }

    public async Task<RegisterReply> Add(RegisterEntryInput input, Actor actor, string? commandId = null)
    {
        if ((await RefusalFor(Act.Change, actor) ?? InputProblem(input)) is { } refusal) return new(refusal, []);
        if (commandId is not null && Register.AddedBy.TryGetValue(commandId, out var added) && Register.Entries.TryGetValue(added, out var first))
        {
            await Audited(actor, "read", [added]);
            return new(null, [first], AlreadyApplied: true);
        }
        var now = clock.GetUtcNow();
        var entry = new RegisterEntry($"e{++Register.LastEntryNumber}", input.Kind, input.Name.Trim(), input.Address.Trim(),
            input.Note, input.VisitEveryDays, now, null, DueAt(now, input.VisitEveryDays));
        Register.Entries[entry.Id] = entry;
        if (commandId is not null) Register.AddedBy[commandId] = entry.Id;
        return await Changed(actor, "added", entry, cleared: null);
    }

    public async Task<RegisterReply> Update(string entryId, RegisterEntryInput input, IfMatch ifMatch, Actor actor)
    {
        if ((await RefusalFor(Act.Change, actor) ?? InputProblem(input)) is { } refusal) return new(refusal, []);
        if (!Register.Entries.TryGetValue(entryId, out var held)) return NoEntry(entryId);
        if (Stale(held, ifMatch) is { } stale) return new(stale, []);
        var entry = held with
        {
            Kind = input.Kind, Name = input.Name.Trim(), Address = input.Address.Trim(), Note = input.Note,
            VisitEveryDays = input.VisitEveryDays, VisitDueAt = DueAt(held.LastVisitAt ?? held.AddedAt, input.VisitEveryDays),
            Version = held.Version + 1,
        };
        Register.Entries[entryId] = entry;
        // A new cadence moves the due visit: an alert for the old one no longer holds.
        return await Changed(actor, "updated", entry, cleared: entry.VisitDueAt != held.VisitDueAt ? entryId : null);
    }

    public async Task<Refusal?> Remove(string entryId, IfMatch ifMatch, Actor actor)
    {
        if (await RefusalFor(Act.Remove, actor) is { } refusal) return refusal;
        if (!Register.Entries.TryGetValue(entryId, out var held)) return NoEntry(entryId).Refusal;
        if (Stale(held, ifMatch) is { } stale) return stale;
        Register.Entries.Remove(entryId);
        await Changed(actor, "removed", held, cleared: entryId);
        return null;
    }

    public async Task<RegisterReply> RecordVisit(string entryId, Actor actor)
    {
        if (await RefusalFor(Act.Visit, actor) is { } refusal) return new(refusal, []);
        if (!Register.Entries.TryGetValue(entryId, out var held)) return NoEntry(entryId);
        var now = clock.GetUtcNow();
        var entry = held with { LastVisitAt = now, VisitDueAt = DueAt(now, held.VisitEveryDays) };
        Register.Entries[entryId] = entry;
        var visit = ++Register.Visits;
        // Logged before it is stored, as the visit's number: a retry after a failed write finds it logged.
        await state.OrReload(this, () => new VisitRecorded(Grid, held.Kind, held.VisitDueAt, now <= held.VisitDueAt).Record(events, VisitRecorded.Stream, Grid, visit, actor, now));
        return await Changed(actor, "visited", entry, cleared: entryId);
    }

    public async Task<RegisterAuditReply> GetAudit(Actor actor)
    {
        if (await RefusalFor(Act.ReadAudit, actor) is { } refusal) return new(refusal, []);
        var trail = await audit.Read(Grid);
        var stored = trail.Select(l => l.Number).OfType<long>().ToHashSet();
        return new(null, [.. trail.Concat(Register.UnflushedAudit().Where(l => !stored.Contains(l.Number!.Value)))
            .Select(l => l.Record).OrderBy(r => r.At)]);
    }

    public async Task<RegisterCountsReply> GetCounts(Actor actor) =>
        await RefusalFor(Act.Count, actor) is { } refusal ? new(refusal, null) : new(null, await GetCounts());

    public Task<RegisterCounts> GetCounts() => Task.FromResult(new RegisterCounts(
        Register.Entries.Values.Count(e => e.Kind == RegisterKind.KeyPerson),
        Register.Entries.Values.Count(e => e.Kind == RegisterKind.VulnerablePerson),
        Register.Alerts.Count));

    /// <summary>Raises an alert for each visit now overdue, once: an entry with an open alert is
    /// skipped. Open alerts are told to the grid again, in case an earlier telling was lost.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != VisitsReminder) return;
        var now = clock.GetUtcNow();
        var overdue = Register.Entries.Values.Where(e => e.VisitDueAt <= now && !Register.Alerts.ContainsKey(e.Id)).ToList();
        foreach (var entry in overdue) Register.Alerts[entry.Id] = Overdue(Grid, entry, now);
        if (overdue.Count > 0) await Write();
        await Task.WhenAll(Register.Alerts.Values.Select(Tell));
        await KeepReminder(now);
    }

    /// <summary>Writes a change with its audit record, clears the entry's alert if asked, tells the
    /// grid, and returns the entry to the one who changed it (a read, covered by the same record).</summary>
    private async Task<RegisterReply> Changed(Actor actor, string action, RegisterEntry entry, string? cleared)
    {
        var now = clock.GetUtcNow();
        Alert? clearedAlert = cleared is not null && Register.Alerts.Remove(cleared, out var open) ? open with { ClearedAt = now } : null;
        Register.Audit.Add(new RegisterAuditRecord(now, actor.Id, actor.Role, action, [entry.Id]));
        Register.LastAuditNumber++;
        await Write();
        await FlushAudit();
        if (clearedAlert is not null) await Tell(clearedAlert);
        await KeepReminder(now);
        return new(null, [entry]);
    }

    /// <summary>A read is appended to the trail before anything is returned; if that fails, the call fails.</summary>
    private Task Audited(Actor actor, string action, IReadOnlyList<string> entryIds) =>
        audit.Append(Grid, [new AuditLine(null, new RegisterAuditRecord(clock.GetUtcNow(), actor.Id, actor.Role, action, entryIds))]);

    /// <summary>Moves the audit lines written with changes to the trail. A failure leaves them in the
    /// state, where they are already durable and shown, for the next try.</summary>
    private async Task FlushAudit()
    {
        if (Register.Audit.Count == 0) return;
        var lines = Register.UnflushedAudit();
        try
        {
            await audit.Append(Grid, lines);
            Register.Audit.RemoveRange(0, lines.Count);
        }
        catch (Exception e) { log.LogWarning(e, "Register {Grid}: {Count} audit lines stay in its state until the trail takes them", Grid, lines.Count); }
    }

    /// <summary>On failure the unsaved change and its audit record are dropped by re-reading, and the
    /// call fails: nothing is returned that was not recorded.</summary>
    private Task Write() => state.WriteOrReload(this);

    private async Task<Refusal?> RefusalFor(Act act, Actor actor) =>
        await GrainFactory.GetGrain<IGridGrain>(Grid).Get() is { } grid
            ? Permission(act, actor, Grid, grid.Workers)
            : Refusal.NotFound($"no grid {Grid}");

    private static Refusal? Stale(RegisterEntry held, IfMatch ifMatch) =>
        ifMatch.Matches(held.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)) ? null
            : new Refusal(RefusalCode.VersionMismatch, $"register entry {held.Id} is at version \"{held.Version}\", not {ifMatch}: someone changed it meanwhile; read it again");

    private static RegisterReply NoEntry(string entryId) => new(Refusal.NotFound($"no register entry {entryId}"), []);

    private Task Tell(Alert alert) => GrainFactory.GetGrain<IGridGrain>(Grid).TrackAlert(alert);

    /// <summary>One reminder at the earliest visit not yet alerted; none when there is none.</summary>
    private Task KeepReminder(DateTimeOffset now) =>
        visits.Keep(Register.Entries.Values.Where(e => !Register.Alerts.ContainsKey(e.Id)).Select(e => (DateTimeOffset?)e.VisitDueAt).Min(), now);
}
