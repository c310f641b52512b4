using System.Net;
using System.Net.Sockets;

namespace GridActors.Webhooks;

/// <summary>Webhooks go to public addresses only, unless configuration allows private ones: a
/// subscription must not turn the platform into a way into its own network. Every address a host
/// resolves to is checked, when the subscription is set and again at each connection (a name
/// may resolve elsewhere later).</summary>
public static class TargetAddresses
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or >= 224
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    /// <summary>Null when the host may be posted to; otherwise why not, naming <c>url</c>.</summary>
    public static async Task<Refusal?> Check(Uri url, bool allowPrivate)
    {
        if (allowPrivate) return null;
        try
        {
            var addresses = await Resolve(url.DnsSafeHost, CancellationToken.None);
            return addresses.FirstOrDefault(IsPrivate) is { } inside
                ? Refusal.Invalid("url", $"{url.Host} is at {inside}, a private, loopback or link-local address; webhooks go to public addresses")
                : null;
        }
        catch (SocketException)
        {
            return Refusal.Invalid("url", $"{url.Host} does not resolve to an address");
        }
    }

    public static async Task<IPAddress[]> Resolve(string host, CancellationToken cancellation) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellation);
}
