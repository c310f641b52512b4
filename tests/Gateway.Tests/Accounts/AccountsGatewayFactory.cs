using System.Net.Http.Headers;
using System.Net.Http.Json;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Territory;
using GridActors.Tests.Api;
using GridActors.Workers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace GridActors.Tests.Accounts;

/// <summary>A gateway whose host clock (lockouts, the account check and its sweep) is fake and starts
/// now. Tokens are signed on the real clock, the one their check reads.</summary>
public sealed class AccountsGatewayFactory : GatewayFactory
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The district's admin, by a development token, who creates the accounts the tests sign in with.</summary>
    public static readonly Actor DistrictAdmin = new("admin-320412", Role.Admin, "320412");

    public const string Password = "correct horse battery";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }

    /// <summary>Creates an account through the API as <paramref name="by"/> (the district admin unless said).</summary>
    public async Task<HttpResponseMessage> Create(object account, Actor? by = null)
    {
        using var admin = As(by ?? DistrictAdmin);
        return await admin.PostAsJsonAsync("/api/v1/accounts", account, Wire.Options);
    }

    /// <summary>Defines the grid and registers the worker in it, as the district admin does before the
    /// worker gets an account.</summary>
    public async Task Worker(string workerId, string grid)
    {
        using var admin = As(DistrictAdmin);
        (await admin.PutAsJsonAsync($"/api/v1/grids/{grid}", new GridDefinition("运河边网格", GridType.Community), Wire.Options)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/workers/{workerId}", new WorkerProfile(workerId, WorkerKind.FullTime, [grid]), Wire.Options)).EnsureSuccessStatusCode();
    }

    public async Task<TokenResponse> SignIn(string login, string password = Password)
    {
        using var anonymous = CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(Wire.Options))!;
    }

    public HttpClient WithToken(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>A SignalR client with the access token in the query string, as a browser sends it.</summary>
    public HubConnection Hub(string path, string accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, $"{path}?access_token={accessToken}"), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.WebSocketFactory = async (context, cancellationToken) => await Server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken);
            })
            .Build();
}
