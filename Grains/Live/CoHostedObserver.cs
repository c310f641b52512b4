namespace GridActors.Live;

/// <summary>A gateway that co-hosts its silo registers an observer of that silo's hosted client,
/// whose id names the silo (Orleans' <c>sys.client/hosted-{silo}+{observer}</c>). Once that silo is gone the observer can
/// never be reached again, and each push to it would only end in a rejected message.</summary>
public static class CoHostedObserver
{
    private const string ClientType = "sys.client";
    private const string HostedPrefix = "hosted-";

    /// <summary>The silo hosting the observer's client; null for an external client's observer.</summary>
    public static SiloAddress? SiloOf(GrainId observer)
    {
        if (observer.Type.ToString() != ClientType) return null;
        var key = observer.Key.ToString();
        if (!key.StartsWith(HostedPrefix, StringComparison.Ordinal)) return null;
        var silo = key[HostedPrefix.Length..].Split('+', 2)[0];
        return SiloAddress.FromParsableString(silo);
    }

    /// <summary>False once the observer's silo has left the cluster: declared dead, or replaced by a
    /// later generation on the same endpoint (the embedded default restarted). A silo the snapshot
    /// does not list yet may be one still joining, so it stays; an external client's observer is
    /// left to expire.</summary>
    public static bool MayBeReached(ILiveObserver observer, ClusterMembershipSnapshot members) =>
        SiloOf(observer.GetGrainId()) is not { } silo
        || members.GetSiloStatus(silo) switch
        {
            SiloStatus.Dead => false,
            SiloStatus.None => !members.Members.Keys.Any(m => m.Endpoint.Equals(silo.Endpoint) && m.Generation > silo.Generation),
            _ => true,
        };
}
