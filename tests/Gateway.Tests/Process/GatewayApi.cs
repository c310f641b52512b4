using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Process;

/// <summary>A caller of a running gateway over real HTTP, holding nothing of the server but its
/// address: what a client sees is what the test checks.</summary>
public sealed class GatewayApi(Uri address) : IDisposable
{
    /// <summary>Bounds every call, so a gateway that never gets an answer from its silo fails the
    /// test instead of hanging it.</summary>
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(30);

    private readonly HttpClient http = new() { BaseAddress = address, Timeout = CallLimit };

    /// <summary>A token from the development issuer, which exists only while
    /// <c>GridActors:Auth:Development</c> is on; production disables it and takes tokens from the
    /// organisation's identity provider.</summary>
    public async Task<string> TokenAsync(object request)
    {
        var answer = await SendAsync(HttpMethod.Post, "/api/v1/dev/tokens", null, request);
        return Expect(HttpStatusCode.OK, answer)["accessToken"]!.GetValue<string>();
    }

    public async Task<Answer> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, response.Headers.ETag?.Tag, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The body of an answer with the expected status; otherwise fails with what came back.</summary>
    public static JsonNode Expect(HttpStatusCode status, Answer answer)
    {
        Assert.True(answer.Status == status && answer.Body is not null,
            $"expected {(int)status}, got {(int)answer.Status}: {answer.Body?.ToJsonString()}");
        return answer.Body!;
    }

    /// <summary>A worker app on the worker hub, over WebSockets as the apps connect. Not started.</summary>
    public HubConnection WorkerHub(string token) => Hub("/hubs/worker", token);

    /// <summary>A client of the hub at <paramref name="path"/>, over WebSockets. Not started.</summary>
    public HubConnection Hub(string path, string token) => new HubConnectionBuilder()
        .WithUrl(new Uri(address, path), o =>
        {
            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
        })
        .Build();

    public void Dispose() => http.Dispose();

    public sealed record Answer(HttpStatusCode Status, string? ETag, JsonNode? Body);
}
