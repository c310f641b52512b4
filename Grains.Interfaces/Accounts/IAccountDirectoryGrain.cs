namespace GridActors.Accounts;

/// <summary>The accounts of one district (keyed by its code), or of the platform (key
/// <see cref="Platform"/>: platform admins, every admin and the departments, the ones a platform
/// admin manages), as small summaries, so listing an admin's accounts reads one grain and scans no
/// table. Account grains keep it current; a stale summary (lower version) never overwrites a newer one.</summary>
[Alias("account-directory")]
public interface IAccountDirectoryGrain : IGrainWithStringKey
{
    public const string Platform = "platform";

    [Alias("put")]
    Task Put(AccountView account);

    [Alias("remove")]
    Task Remove(string login, long version);

    /// <summary>The accounts here that <paramref name="actor"/> may manage, by login.</summary>
    [Alias("list")]
    Task<IReadOnlyList<AccountView>> List(Access.Actor actor);
}
