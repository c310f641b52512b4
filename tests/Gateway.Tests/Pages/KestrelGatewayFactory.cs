using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Pages;

/// <summary>The gateway on a real Kestrel socket on loopback, for clients that are separate programs (a browser).</summary>
public class KestrelGatewayFactory : GatewayFactory
{
    public KestrelGatewayFactory() => UseKestrel(0);

    public override Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
        .First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
}
