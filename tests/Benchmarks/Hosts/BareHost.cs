using System.Net;
using Microsoft.AspNetCore.SignalR;

namespace GridActors.Benchmarks.Hosts;

/// <summary>The baselines' server: ASP.NET Core and SignalR on Kestrel at 127.0.0.1 with nothing
/// of GridActors in them, so a ratio shows what the product adds to the framework's own cost.</summary>
public sealed class BareHost : IAsyncDisposable
{
    public const string Changed = "changed";

    /// <summary>The size of the bare case answer: about the gateway's answer to a case just reported
    /// (the run prints the gateway's, so the two can be compared).</summary>
    public const int CaseBytes = 1_150;

    private static readonly string CaseFiller = new('x', CaseBytes);

    private readonly WebApplication app;

    private BareHost(WebApplication app) => this.app = app;

    public Uri Address => Kestrel.Address(app.Services);

    public static async Task<BareHost> Start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseWebSockets();
        // Accepts the same report body as the gateway and does nothing with it.
        app.MapPost("/noop", () => Results.Ok());
        // Takes a photo's bytes whole and answers with their length, as the attachment route reads them.
        app.MapPost("/upload", async (HttpRequest request) =>
        {
            using var bytes = new MemoryStream();
            await request.Body.CopyToAsync(bytes);
            return Results.Ok(new { size = bytes.Length });
        });
        // A read answering a JSON body the size of a case, made of nothing.
        app.MapGet("/case/{id}", (string id) => Results.Ok(new { id, filler = CaseFiller }));
        // A command whose change is pushed to every watcher before the answer, the cheapest a push can be.
        app.MapPost("/push/{id}/{version:long}", async (string id, long version, IHubContext<EchoHub> hub) =>
        {
            await hub.Clients.All.SendAsync(Changed, id, version);
            return Results.Ok(new { id, version });
        });
        app.MapHub<EchoHub>("/hubs/echo");
        await app.StartAsync();
        return new BareHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>The bare hub: what it is told, it pushes straight back to the caller.</summary>
    public sealed class EchoHub : Hub
    {
        public Task Echo(string id, long version) => Clients.Caller.SendAsync(Changed, id, version);
    }
}
