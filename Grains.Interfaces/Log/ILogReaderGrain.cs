namespace GridActors.Log;

/// <summary>Reads the event log for the gateway, which has no database of its own. Who may read
/// what is checked by the caller; the scope narrows what is read.</summary>
public interface ILogReaderGrain : IGrainWithIntegerKey
{
    /// <summary>One entity's events, in version order.</summary>
    Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId);

    /// <summary>Up to <paramref name="limit"/> events after a sequence number, in sequence order;
    /// only the events of cases within <paramref name="scope"/> (an area code).</summary>
    Task<EventPage> ReadAfter(long after, int limit, string scope);
}
