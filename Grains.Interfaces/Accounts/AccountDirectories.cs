using GridActors.Access;

namespace GridActors.Accounts;

/// <summary>The directories an account is listed in: its district's (for the admins of that district
/// and the areas under it), and the platform's when a platform admin manages it.</summary>
public static class AccountDirectories
{
    public static IReadOnlyList<string> Of(AccountView account)
    {
        var keys = new List<string>(2);
        if (account.Scope is { } scope && AreaCode.IsValid(scope)) keys.Add(scope[..6]);
        if (account.Role is Role.Admin or Role.Department or Role.PlatformAdmin) keys.Add(IAccountDirectoryGrain.Platform);
        return keys;
    }

    /// <summary>The one directory holding everything <paramref name="actor"/> may list.</summary>
    public static string? For(Actor actor) => actor.Role switch
    {
        Role.PlatformAdmin => IAccountDirectoryGrain.Platform,
        Role.Admin when AreaCode.IsValid(actor.Scope) => actor.Scope[..6],
        _ => null,
    };
}
