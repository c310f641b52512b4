using System.Globalization;
using GridActors.Gateway.Auth;

namespace GridActors.Gateway.Live;

/// <summary>Every <see cref="AuthSettings.AccountCheck"/> (on the host's clock, so a test moves it)
/// asks the account grain of each signed-in hub connection afresh and closes the connections of a
/// disabled, deleted or changed account: a hub connection outlives its access token, so the token
/// check alone would not end it.</summary>
public sealed class SignedInConnectionsSweep(SignedInConnections connections, AccountGate gate, AuthSettings settings,
    TimeProvider clock, ILogger<SignedInConnectionsSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.AccountCheck, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await Sweep(); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Could not check the accounts of the hub connections; trying again in {Period}", settings.AccountCheck); }
        }
    }

    public async Task Sweep()
    {
        foreach (var login in connections.Logins)
        {
            var status = await gate.Fresh(login);
            var stamp = status.Stamp.ToString(CultureInfo.InvariantCulture);
            var closed = connections.CloseUnless(login, s => status.Active && s == stamp);
            if (closed > 0) log.LogInformation("Closed {Count} hub connections of {Login}: the account is disabled, deleted or changed", closed, login);
        }
    }
}
