using GridActors.Incidents;

namespace GridActors.Log;

/// <summary>The append-only event log and the case rows written with it. The host provides one per
/// back end; grains are its only writers.</summary>
public interface IEventLog
{
    /// <summary>One entity's events, in version order.</summary>
    Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId);

    /// <summary>Appends the event and, in the same transaction, upserts the case's row when one is
    /// given. False, with nothing written, when the entity already has an event of that version:
    /// two writers of one version cannot both succeed.</summary>
    Task<bool> Append(LoggedEvent logged, CaseRecord? row = null);

    /// <summary>Up to <paramref name="limit"/> events after a sequence number, in sequence order,
    /// never stepping past an event that may still commit with a lower number.</summary>
    Task<IReadOnlyList<LoggedEvent>> ReadAfter(long sequence, int limit);

    /// <summary>What an assessment of [<paramref name="from"/>, <paramref name="to"/>) needs of the log
    /// (<see cref="PeriodReading"/>), in sequence order.</summary>
    Task<IReadOnlyList<LoggedEvent>> ReadForPeriod(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The highest sequence number stored; 0 for an empty log.</summary>
    Task<long> LastSequence();
}
