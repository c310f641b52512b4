namespace GridActors.Live;

/// <summary>The terms of a gateway's registration with the live directory: renewed on the wall clock
/// every <see cref="Renewal"/>, dropped once <see cref="Expiry"/> passes without one (a killed process).</summary>
public static class LiveDirectory
{
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Expiry = 3 * Renewal;

    /// <summary>How long a silo's publisher may push to the gateway list it last read.</summary>
    public static readonly TimeSpan ListCachedFor = TimeSpan.FromSeconds(1);
}
