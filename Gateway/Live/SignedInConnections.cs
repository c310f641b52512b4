using System.Collections.Concurrent;
using GridActors.Gateway.Auth;
using Microsoft.AspNetCore.SignalR;

namespace GridActors.Gateway.Live;

/// <summary>This gateway's hub connections that signed in with an account's token, with the stamp the
/// token carried, so <see cref="SignedInConnectionsSweep"/> can close those whose account moved on.
/// A hub filter, so every hub is covered without each hub remembering to be.</summary>
public sealed class SignedInConnections : IHubFilter
{
    private readonly ConcurrentDictionary<string, (string Login, string? Stamp, HubCallerContext Context)> open = new(StringComparer.Ordinal);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User?.FindFirst(Claims.Account)?.Value is { } login)
            open[context.Context.ConnectionId] = (login, context.Context.User.FindFirst(Claims.Stamp)?.Value, context.Context);
        await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        open.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    public IReadOnlyCollection<string> Logins => [.. open.Values.Select(c => c.Login).Distinct(StringComparer.Ordinal)];

    /// <summary>Aborts the login's connections whose token no longer matches what the account is;
    /// answers how many were closed.</summary>
    public int CloseUnless(string login, Func<string?, bool> stampHolds)
    {
        var closed = 0;
        foreach (var (id, connection) in open)
        {
            if (connection.Login != login || stampHolds(connection.Stamp)) continue;
            connection.Context.Abort();
            open.TryRemove(id, out _);
            closed++;
        }
        return closed;
    }
}
