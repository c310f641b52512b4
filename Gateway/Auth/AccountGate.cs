using System.Collections.Concurrent;
using GridActors.Accounts;

namespace GridActors.Gateway.Auth;

/// <summary>What this gateway last heard of each signed-in account, for at most
/// <see cref="AuthSettings.AccountCheck"/>: every request with an account's token is checked against
/// it, so a disabled account (or one whose role, scope or password changed) is refused within that
/// time on every gateway, and at once on the gateway that changed it.</summary>
public sealed class AccountGate(IGrainFactory grains, AuthSettings settings, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (AccountStatus Status, DateTimeOffset Until)> heard = new(StringComparer.Ordinal);

    public async Task<AccountStatus> Status(string login)
    {
        if (heard.TryGetValue(login, out var known) && known.Until > clock.GetUtcNow()) return known.Status;
        return await Fresh(login);
    }

    /// <summary>Asks the account grain, and remembers the answer.</summary>
    public async Task<AccountStatus> Fresh(string login)
    {
        var status = await grains.GetGrain<IAccountGrain>(login).Status();
        heard[login] = (status, clock.GetUtcNow() + settings.AccountCheck);
        return status;
    }

    public void Forget(string login) => heard.TryRemove(login, out _);

    /// <summary>Does the token's account still stand as the token says (a token of no account, a
    /// development one, stands)?</summary>
    public async Task<bool> Holds(System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.FindFirst(Claims.Account)?.Value is not { } login) return true;
        var status = await Status(login);
        return status.Active && user.FindFirst(Claims.Stamp)?.Value == status.Stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
