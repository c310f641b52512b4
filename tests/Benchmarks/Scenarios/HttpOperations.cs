using System.Net;
using GridActors.Benchmarks.Hosts;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>HTTP requests as load operations: one succeeds when the status is the one expected. A
/// failure (refusal, timeout, dropped connection) is counted, not thrown, so a run always ends.</summary>
public static class HttpOperations
{
    public static Func<int, Task<bool>> Post(HttpClient http, string path, string token, string json, HttpStatusCode expected) =>
        _ => Answers(() => http.Send(HttpMethod.Post, path, token, json), expected);

    /// <summary>A GET of the path operation n names.</summary>
    public static Func<int, Task<bool>> Get(HttpClient http, Func<int, string> path, string token) =>
        n => Answers(() => http.Get(path(n), token), HttpStatusCode.OK);

    private static async Task<bool> Answers(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        try
        {
            using var response = await send();
            return response.StatusCode == expected;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
