using System.Net;
using System.Net.Sockets;

namespace GridActors.Tests;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on now, as the kernel hands out.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The first of <paramref name="count"/> consecutive loopback ports nothing listens on now,
    /// below the kernel's ephemeral range, for programs that number their ports from a first one.</summary>
    public static int Consecutive(int count)
    {
        for (var first = Random.Shared.Next(15_000, 30_000); ; first = Random.Shared.Next(15_000, 30_000))
            if (Enumerable.Range(first, count).All(IsFree)) return first;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
