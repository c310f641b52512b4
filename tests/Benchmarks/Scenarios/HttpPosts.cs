using System.Net;
using GridActors.Benchmarks.Hosts;

namespace GridActors.Benchmarks.Scenarios;

public static class HttpPosts
{
    /// <summary>One POST as a load operation: it succeeds when the status is the one expected. A
    /// failure (refusal, timeout, dropped connection) is counted, not thrown, so a run always ends.</summary>
    public static Func<int, Task<bool>> Operation(HttpClient http, string path, string token, string json, HttpStatusCode expected) => async _ =>
    {
        try
        {
            using var response = await http.Send(HttpMethod.Post, path, token, json);
            return response.StatusCode == expected;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    };
}
