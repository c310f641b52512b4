namespace GridActors.Live;

/// <summary>The terms of a gateway's registration with the live directory: renewed on the wall clock
/// every <see cref="Renewal"/>, dropped once <see cref="Expiry"/> passes without one (a killed process).</summary>
public static class LiveDirectory
{
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Expiry = 3 * Renewal;
}
