using System.Security.Claims;
using System.Text;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Live;
using GridActors.Territory;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GridActors.Tests.Api;

/// <summary>What an operator reading the gateway's log sees: a caller's mistake as one plain line,
/// a fault with its stack trace, and a warning repeated a thousand times as one.</summary>
[Collection(GatewayCollection.Name)]
public class LogTests(GatewayFactory gateway)
{
    private static readonly string Refusals = typeof(HubRefusals).FullName!;

    [Fact]
    public async Task A_refused_hub_call_is_one_information_line_without_a_stack_trace()
    {
        var mine = await Town.Create(gateway);
        var theirs = await Town.Create(gateway);
        await using var board = gateway.Hub("/hubs/board", mine.Operator);
        await board.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync<AreaBoard>("WatchArea", theirs.Code));

        var line = Assert.Single(gateway.Logs.Lines, l => l.Category == Refusals && l.Message.Contains(mine.Operator.Id, StringComparison.Ordinal));
        Assert.Equal((LogLevel.Information, null), (line.Level, line.Exception));
        Assert.Equal($"Refused BoardHub.WatchArea for {mine.Operator.Id}: forbidden: {mine.Operator.Id} may not watch {theirs.Code}", line.Message);
    }

    /// <summary>A token the gateway's own key signed, with a role it does not know (as after a role
    /// was renamed): not the caller's mistake but the platform's, so an error with its exception.</summary>
    [Fact]
    public async Task An_unexpected_hub_failure_is_an_error_with_its_exception()
    {
        var town = await Town.Create(gateway);
        var subject = $"mayor-{Guid.NewGuid():N}";
        await using var board = gateway.HubWithToken("/hubs/board", TokenWithRole(subject, "Mayor", town.Code));
        await board.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync<AreaBoard>("WatchArea", town.Code));

        var line = Assert.Single(gateway.Logs.Lines, l => l.Category == Refusals && l.Message.Contains(subject, StringComparison.Ordinal));
        Assert.Equal((LogLevel.Error, typeof(ArgumentException)), (line.Level, line.Exception?.GetType()));
        Assert.Equal($"BoardHub.WatchArea failed for {subject}", line.Message);
    }

    [Fact]
    public void The_gateway_writes_a_warning_repeated_within_a_minute_once()
    {
        var category = $"GridActors.Tests.Repeated{Guid.NewGuid():N}";
        var log = gateway.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        for (var i = 0; i < 1000; i++) log.LogWarning(new InvalidOperationException("gone"), "Could not push to {Client}", i);

        Assert.Equal(["Could not push to 0"], gateway.Logs.Lines.Where(l => l.Category == category).Select(l => l.Message));
    }

    private string TokenWithRole(string subject, string role, string scope)
    {
        var settings = gateway.Services.GetRequiredService<AuthSettings>();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)), SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity([new Claim(Claims.Subject, subject), new Claim(Claims.Role, role), new Claim(Claims.Scope, scope)]),
        });
    }
}
