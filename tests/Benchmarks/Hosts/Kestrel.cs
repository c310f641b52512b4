using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GridActors.Benchmarks.Hosts;

public static class Kestrel
{
    /// <summary>The address Kestrel actually bound (it was asked for port 0 on loopback).</summary>
    public static Uri Address(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
}
