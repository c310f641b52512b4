namespace GridActors.Warnings;

/// <summary>The early warnings (预警) of the whole platform: one activation follows the event log,
/// runs the rules and raises, updates and clears warnings. Who may read which is checked by the caller.</summary>
[Alias("warnings")]
public interface IWarningsGrain : IGrainWithIntegerKey
{
    /// <summary>Wakes the follower (as a silo starts) and catches up.</summary>
    Task Start();

    /// <summary>Reads the log to its end, then evaluates the rules at the silo's time; the events read.</summary>
    Task<int> CatchUp();

    /// <summary>The open warnings whose area lies within <paramref name="area"/>, newest first.</summary>
    Task<IReadOnlyList<EarlyWarning>> Open(string area);

    /// <summary>One warning with every version, open or cleared; null when unknown.</summary>
    Task<WarningHistory?> Get(string id);
}
