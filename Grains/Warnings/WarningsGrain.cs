using System.Text.Json;
using GridActors.Configuration;
using GridActors.Live;
using GridActors.Log;
using Microsoft.Extensions.Logging;

namespace GridActors.Warnings;

/// <summary>The one follower of the log for early warnings. On activation it reads the log from the
/// start, the cases' events into the rules and the warnings' own back into the book (so what was said
/// before a restart is known and never said twice), then keeps reading what is appended, and after each
/// read asks the rules what holds at the silo's time. Each change is appended to the log first (a
/// version the log already has is not said again), then pushed to the boards. It reads when this silo
/// appends and at least every <see cref="WarningSettings.PollInterval"/> (wall-clock: appends on other
/// silos, and time passing, which slides the windows). Its own poll keeps it active; each silo wakes it
/// as it starts (<see cref="WarningsStart"/>), so no reminder is needed to bring it back.</summary>
public sealed partial class WarningsGrain(
    IEventLog log, LogAppends appends, WarningSettings settings, LiveConfiguration live, TimeProvider clock, ILogger<WarningsGrain> logger)
    : Grain, IWarningsGrain
{
    private const int Batch = 1000;

    private readonly WarningEngine engine = new(settings, () => live.Calendar);
    private long cursor;
    private ITimer? poll;

    /// <summary>1 once a read was asked for and has not begun, so a burst of appends asks once.</summary>
    private int asked;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var self = this.AsReference<IWarningsGrain>();
        poll = TimeProvider.System.CreateTimer(_ => Ask(self), null, settings.PollInterval, settings.PollInterval);
        appends.Appended += OnAppended;
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        appends.Appended -= OnAppended;
        poll?.Dispose();
        return Task.CompletedTask;
    }

    public Task Start() => CatchUp();

    public async Task<int> CatchUp()
    {
        Volatile.Write(ref asked, 0);
        var read = 0;
        while (true)
        {
            var events = await log.ReadAfter(cursor, Batch);
            if (events.Count == 0) break;
            foreach (var e in events) Observe(e);
            cursor = events[^1].Sequence;
            read += events.Count;
        }
        var changes = engine.Evaluate(clock.GetUtcNow());
        if (changes.Count == 0) return read;
        foreach (var change in changes)
        {
            if (!await log.Append(WarningLog.ToLogged(change))) LogAlreadyThere(change.Id, change.Version);
            LogChanged(change.Id, change.Version, change.IsOpen ? "open" : "cleared", change.Text);
        }
        await GrainFactory.Publish([.. changes.Select(w => w.IsOpen ? (LiveEvent)new WarningRaised(w) : new WarningCleared(w))]);
        return read;
    }

    public Task<IReadOnlyList<EarlyWarning>> Open(string area) => Task.FromResult(engine.Book.Open(area));

    public Task<WarningHistory?> Get(string id) => Task.FromResult(engine.Book.Get(id));

    /// <summary>An event the rules cannot read is logged and passed over: it holds up no other warning.</summary>
    private void Observe(LoggedEvent e)
    {
        try { engine.Observe(e); }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or NotSupportedException)
        {
            LogUnreadable(ex, e.Sequence, e.Type);
        }
    }

    private void OnAppended() => Ask(this.AsReference<IWarningsGrain>());

    private void Ask(IWarningsGrain self)
    {
        if (Interlocked.Exchange(ref asked, 1) == 0) self.CatchUp().Ignore();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warning {Id} v{Version} {State}: {Text}")]
    private partial void LogChanged(string id, int version, string state, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warning {Id} v{Version} was already in the log (written before a restart); kept as it was")]
    private partial void LogAlreadyThere(string id, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {Sequence} ({Type}) cannot be read for the warnings; passed over")]
    private partial void LogUnreadable(Exception error, long sequence, string type);
}
