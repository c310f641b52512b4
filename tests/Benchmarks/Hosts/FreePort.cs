using System.Net;
using System.Net.Sockets;

namespace GridActors.Benchmarks.Hosts;

public static class FreePort
{
    /// <summary>A loopback port free right now, for the co-hosted silo: its endpoints take fixed
    /// ports, and the defaults may be taken by a product instance running on the same machine.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
