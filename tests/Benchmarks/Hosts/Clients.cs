using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Benchmarks.Hosts;

/// <summary>The real clients every measurement uses, built the same way for the gateway and the baselines.</summary>
public static class Clients
{
    /// <summary>One HttpClient over real sockets. The connection limit is lifted so a run with N
    /// callers holds N keep-alive connections, as N independent systems would.</summary>
    public static HttpClient Http(Uri address) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Accept = { new MediaTypeWithQualityHeaderValue("application/json") } },
    };

    /// <summary>A JSON request with a bearer token: the gateway and the bare endpoint get the same bytes.</summary>
    public static Task<HttpResponseMessage> Send(this HttpClient http, HttpMethod method, string path, string token, string json)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    /// <summary>A GET with a bearer token.</summary>
    public static Task<HttpResponseMessage> Get(this HttpClient http, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    /// <summary>A SignalR .NET client over WebSockets only, so the negotiate round trip is skipped.</summary>
    public static HubConnection Hub(Uri address, string path, string? token = null) => new HubConnectionBuilder()
        .WithUrl(new Uri(address, path), HttpTransportType.WebSockets, o =>
        {
            o.SkipNegotiation = true;
            if (token is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(token);
        })
        .Build();
}
