using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using GridActors.Access;
using GridActors.Gateway.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.TestHost;
using Orleans.TestingHost;

namespace GridActors.Tests;

/// <summary>The whole gateway in memory on the embedded default (a co-hosted silo on a fresh SQLite
/// file), reached through TestServer by HTTP clients and real SignalR clients over WebSockets.</summary>
public class GatewayFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"gridactors-gateway-{Guid.NewGuid():N}");

    /// <summary>The embedded database the silo keeps, to count rows the API does not show.</summary>
    public string DatabaseFile => Path.Combine(folder, "gridactors.db");

    /// <summary>Every line the gateway and its silo log, as written.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Settings on top of the embedded default; subclasses add theirs.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var cluster = $"gw-{Guid.NewGuid():N}"[..12];
        builder.UseSetting("GridActors:Storage:DatabasePath", DatabaseFile);
        builder.UseSetting("GridActors:Silo:ClusterId", cluster);
        builder.UseSetting("GridActors:Silo:ServiceId", cluster);
        builder.UseSetting("GridActors:Silo:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("GridActors:Silo:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("GridActors:RateLimit:PerMinute", "100000");
        // The demo district would take the towns Town.cs numbers from, and seconds to seed.
        builder.UseSetting("GridActors:Demo:Seed", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    /// <summary>Starts the host: the silo, then the gateway's live subscription.</summary>
    public virtual Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives the silo's grains (and whatever else asks for the TimeProvider) the test's
    /// clock; Orleans' own loops and the token check keep the real one.</summary>
    protected static void UseFakeClock(IWebHostBuilder builder, FakeTimeProvider time) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            services.AddSingleton(sp => new TokenIssuer(sp.GetRequiredService<AuthSettings>(), TimeProvider.System));
        });

    public string TokenFor(Actor actor) => Services.GetRequiredService<TokenIssuer>().Issue(actor);

    /// <summary>An HTTP client carrying the actor's bearer token (or no token for null).</summary>
    public HttpClient As(Actor? actor)
    {
        var client = CreateClient();
        if (actor is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(actor));
        return client;
    }

    public HttpClient WithApiKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, key);
        return client;
    }

    /// <summary>A SignalR client over a real WebSocket through TestServer; not started.</summary>
    public HubConnection Hub(string path, Actor? actor) => HubWithToken(path, actor is null ? null : TokenFor(actor));

    /// <summary>A SignalR client sending the given token (or none); not started.</summary>
    public HubConnection HubWithToken(string path, string? token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, path), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = Server.CreateWebSocketClient();
                    if (token is not null) client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .AddJsonProtocol(o => GridActors.Gateway.Hosting.Json.Configure(o.PayloadSerializerOptions))
            .Build();

    public T Grain<T>(string key) where T : IGrainWithStringKey => Services.GetRequiredService<IGrainFactory>().GetGrain<T>(key);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFactory>
{
    public const string Name = "gateway";
}
