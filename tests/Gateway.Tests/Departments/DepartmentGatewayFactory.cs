using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Tests.Pages;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Departments;

/// <summary>The gateway on a real Kestrel socket with a department's API key configured beside the
/// development hotline key, and real SignalR clients over WebSockets to it.</summary>
public sealed class DepartmentGatewayFactory : KestrelGatewayFactory
{
    public const string WaterKey = "water-desk-test-key";
    public const string Water = "water";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Auth:ApiKeys:water-system:Sha256"] = AuthSettings.Hash(WaterKey),
        ["GridActors:Auth:ApiKeys:water-system:Department"] = Water,
        ["GridActors:Auth:ApiKeys:hotline-12345:Sha256"] = AuthSettings.Hash(AuthSettings.DevelopmentApiKey),
        ["GridActors:Auth:ApiKeys:hotline-12345:Scope"] = "320412",
    };

    /// <summary>A SignalR client of the board hub over a real WebSocket to Kestrel; not started.</summary>
    public HubConnection Board(Actor actor) => Board(TokenFor(actor));

    public HubConnection Board(string token) => Board(o => o.AccessTokenProvider = () => Task.FromResult<string?>(token));

    /// <summary>The same for a system calling with its API key.</summary>
    public HubConnection BoardWithApiKey(string key) => Board(o => o.Headers[ApiKeyHandler.Header] = key);

    private HubConnection Board(Action<HttpConnectionOptions> signIn) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Address, "/hubs/board"), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                signIn(o);
            })
            .AddJsonProtocol(o => GridActors.Gateway.Hosting.Json.Configure(o.PayloadSerializerOptions))
            .Build();
}
