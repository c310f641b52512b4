using GridActors.Incidents;

namespace GridActors.Log;

/// <summary>The host's event log, signalling each event it stored to <see cref="LogAppends"/>.</summary>
public sealed class SignallingEventLog(IEventLog log, LogAppends appends) : IEventLog
{
    public Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId) => log.Read(stream, entityId);

    public async Task<bool> Append(LoggedEvent logged, CaseRecord? row = null)
    {
        var appended = await log.Append(logged, row);
        if (appended) appends.Signal();
        return appended;
    }

    public Task<IReadOnlyList<LoggedEvent>> ReadAfter(long sequence, int limit) => log.ReadAfter(sequence, limit);

    public Task<IReadOnlyList<LoggedEvent>> ReadForPeriod(DateTimeOffset from, DateTimeOffset to) => log.ReadForPeriod(from, to);

    public Task<long> LastSequence() => log.LastSequence();
}
