using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace GridActors.Benchmarks.Webhooks;

/// <summary>A webhook receiver on Kestrel at 127.0.0.1 that answers 200 at once and notes when each
/// delivery (by <c>webhook-id</c>) first arrived, with its body.</summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Arrival> arrivals = new();
    private int requests;

    private Receiver(WebApplication app) => this.app = app;

    public Uri Url => new(new Uri(app.Urls.Single()), "/hook");

    public int Requests => Volatile.Read(ref requests);

    public IReadOnlyCollection<Arrival> Arrivals => [.. arrivals.Values];

    public static async Task<Receiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var receiver = new Receiver(builder.Build());
        receiver.app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            Interlocked.Increment(ref receiver.requests);
            receiver.arrivals.TryAdd(request.Headers["webhook-id"].ToString(), new Arrival(body, Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow));
            return Results.Ok();
        });
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>Waits (polling: this is a load tool, not a test) until <paramref name="count"/> distinct deliveries arrived.</summary>
    public async Task<bool> Reaches(int count, TimeSpan limit)
    {
        var until = Stopwatch.StartNew();
        while (arrivals.Count < count)
        {
            if (until.Elapsed > limit) return false;
            await Task.Delay(5);
        }
        return true;
    }

    public void Forget() => arrivals.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record Arrival(string Body, long Ticks, DateTimeOffset At);
