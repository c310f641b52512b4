using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GridActors.Accounts;
using GridActors.Gateway.Auth;
using GridActors.Tests.Api;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace GridActors.Tests.Accounts;

public class SignInTests(AccountsGatewayFactory gateway) : IClassFixture<AccountsGatewayFactory>
{
    private async Task<string> Operator(string login)
    {
        var created = await gateway.Create(new { login, displayName = "值班员", role = "Operator", scope = "320412101", password = AccountsGatewayFactory.Password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return login;
    }

    [Fact]
    public async Task Sign_in_gives_a_ten_minute_access_token_and_a_refresh_token_that_works_once_and_signing_out_revokes_it()
    {
        var login = await Operator("op-signin");
        var first = await gateway.SignIn(login);
        Assert.Equal(600, first.ExpiresIn);
        using (var me = gateway.WithToken(first.AccessToken))
        {
            var body = await me.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
            Assert.Equal("""{"login":"op-signin","displayName":"值班员","role":"Operator","scope":"320412101","workerId":null}""", body.GetRawText());
        }

        using var anonymous = gateway.CreateClient();
        var refreshed = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = (await refreshed.Content.ReadFromJsonAsync<TokenResponse>(Wire.Options))!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        // Rotation: the spent refresh token no longer works.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken })).StatusCode);

        var signedOut = await anonymous.PostAsJsonAsync("/api/v1/auth/signout", new { refreshToken = second.RefreshToken });
        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = second.RefreshToken })).StatusCode);
        // The Orleans dashboard's cookie, if the browser holds one, ends with the sign-out.
        var expired = Assert.Single(signedOut.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("GridActors-Dashboard=;", expired);
        Assert.Contains("expires=Thu, 01 Jan 1970", expired);
        Assert.Contains("path=/admin/orleans", expired);
    }

    [Fact]
    public async Task Five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes_and_every_attempt_is_logged_without_the_password()
    {
        var login = await Operator("op-lockout");
        using var anonymous = gateway.CreateClient();
        Task<HttpResponseMessage> Try(string who, string password) => anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login = who, password });

        for (var i = 1; i <= 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Try(login, $"wrong-guess-{i}")).StatusCode);
        var locked = await Try(login, "wrong-guess-5");
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(15), locked.Headers.RetryAfter!.Delta);
        var problem = await locked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(gateway.Time.GetUtcNow() + TimeSpan.FromMinutes(15), problem.GetProperty("lockedUntil").GetDateTimeOffset());
        // Locked means locked: the right password too, until the lock ends.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Try(login, AccountsGatewayFactory.Password)).StatusCode);
        gateway.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await Try(login, AccountsGatewayFactory.Password)).StatusCode);

        var lines = gateway.Logs.Lines.Where(l => l.Category == typeof(SignInLog).FullName && l.Message.Contains($" {login} ")).Select(l => l.Message).ToList();
        Assert.Equal(4, lines.Count(l => l.StartsWith($"Sign-in of {login} from ", StringComparison.Ordinal) && l.EndsWith(": refused (wrong password)", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.Contains("refused (wrong password); the account is locked until", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains(": refused (locked until", StringComparison.Ordinal));
        Assert.Single(lines, l => l.EndsWith(": signed in", StringComparison.Ordinal));
        Assert.DoesNotContain(gateway.Logs.Lines, l => l.Message.Contains("wrong-guess", StringComparison.Ordinal) || l.Message.Contains(AccountsGatewayFactory.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_login_and_a_wrong_password_get_the_same_answer_and_both_lock()
    {
        var login = await Operator("op-same-answer");
        using var anonymous = gateway.CreateClient();
        var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login, password = "not the password" });
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login = "nobody-here", password = "not the password" });
        Assert.Equal((HttpStatusCode.Unauthorized, await Problem(wrong)), (unknown.StatusCode, await Problem(unknown)));
        for (var i = 2; i <= 5; i++) await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login = "nobody-here", password = "not the password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login = "nobody-here", password = "not the password" })).StatusCode);
    }

    /// <summary>The problem without its trace id, which differs per request.</summary>
    private static async Task<string> Problem(HttpResponseMessage response)
    {
        var problem = (await response.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>())!;
        problem.Remove("traceId");
        return string.Join(", ", problem.Select(p => $"{p.Key}={p.Value}"));
    }

    /// <summary>Disabled through the grain, as another gateway would: this gateway learns it from its
    /// account check, not from having made the change.</summary>
    [Fact]
    public async Task A_disabled_account_s_refresh_fails_at_once_and_its_access_token_and_hub_connection_end_within_a_minute()
    {
        var login = await Operator("op-disabled");
        var tokens = await gateway.SignIn(login);
        await using var hub = gateway.Hub("/hubs/board", tokens.AccessToken);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await hub.StartAsync();
        await hub.InvokeAsync<JsonElement>("WatchArea", "320412101");
        using var client = gateway.WithToken(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);

        var account = gateway.Grain<IAccountGrain>(login);
        var version = (await account.Get(AccountsGatewayFactory.DistrictAdmin)).Account!.Version;
        var disabled = await account.Update(new AccountInput(null, null, null, null, false, null), IfMatch.Tag($"{version}"), AccountsGatewayFactory.DistrictAdmin);
        Assert.Null(disabled.Refusal);

        using var anonymous = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { login, password = AccountsGatewayFactory.Password })).StatusCode);

        gateway.Time.Advance(TimeSpan.FromSeconds(31));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
        var refused = await client.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(gateway.Logs.Lines, l => l.Level == LogLevel.Information && l.Message == $"Closed 1 hub connections of {login}: the account is disabled, deleted or changed");
    }
}
