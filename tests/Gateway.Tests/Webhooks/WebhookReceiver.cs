using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridActors.Tests.Webhooks;

/// <summary>A receiver of webhooks on a real Kestrel, on a loopback port of its own: it keeps every
/// request it was sent and answers 503 while refusing, 200 otherwise; when slow, only after
/// <see cref="AnswerAfter"/> (as a slow receiver does) or once a test releases it.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile bool refusing;
    private volatile TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebhookReceiver(WebApplication app) => this.app = app;

    /// <summary>Every request, accepted or refused, in the order it came.</summary>
    public Collected<Received> Requests { get; } = new();

    /// <summary>The requests answered 2xx.</summary>
    public Collected<Received> Accepted { get; } = new();

    /// <summary>The requests the sender gave up on while their answer was held.</summary>
    public Collected<Received> Withdrawn { get; } = new();

    public Uri Url { get; private set; } = null!;

    public TimeSpan AnswerAfter { get; init; }

    public static async Task<WebhookReceiver> StartAsync(bool refusing = false, TimeSpan answerAfter = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build()) { AnswerAfter = answerAfter };
        receiver.refusing = refusing;
        receiver.app.MapPost("/hook", receiver.Receive);
        await receiver.app.StartAsync();
        receiver.Url = new Uri(new Uri(receiver.app.Urls.Single()), "/hook");
        return receiver;
    }

    /// <summary>From now on every request is taken.</summary>
    public void Accept() => refusing = false;

    /// <summary>A slow receiver answers the requests it holds at once, until <see cref="Hold"/>.</summary>
    public void Release() => released.TrySetResult();

    /// <summary>A slow receiver holds its answers again.</summary>
    public void Hold() => released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<IResult> Receive(HttpRequest request)
    {
        using var body = new StreamReader(request.Body);
        var text = await body.ReadToEndAsync();
        var received = new Received(request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), text);
        Requests.Add(received);
        if (refusing) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (AnswerAfter > TimeSpan.Zero)
        {
            var gone = request.HttpContext.RequestAborted;
            await Task.WhenAny(released.Task, Task.Delay(AnswerAfter, gone));
            if (gone.IsCancellationRequested)
            {
                Withdrawn.Add(received);
                return Results.Empty;
            }
        }
        Accepted.Add(received);
        return Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One request as the receiver got it: the Standard Webhooks headers and the raw body.</summary>
public sealed record Received(string Id, string Timestamp, string Signature, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>The event's case and version, from the body's <c>data</c>.</summary>
    public (string Case, long Version) Event => (Json["data"]!["entityId"]!.GetValue<string>(), Json["data"]!["version"]!.GetValue<long>());

    /// <summary>The event's sequence number in the log.</summary>
    public long Sequence => Json["data"]!["sequence"]!.GetValue<long>();
}
