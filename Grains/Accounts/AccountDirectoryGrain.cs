using GridActors.Storage;
using Orleans.Concurrency;

namespace GridActors.Accounts;

/// <summary>A district's (or the platform's) account summaries in one state, rewritten whole on each
/// change: fine for the few thousand accounts of a district (a summary is about 150 bytes), not for a
/// province in one directory. Reentrant, so the changes that arrive during a write share the next one
/// (<see cref="GroupCommit"/>) and seeding a district's accounts costs a few writes, not one each.</summary>
[Reentrant]
public sealed class AccountDirectoryGrain(
    [PersistentState("account-directory", "gridactors")] IPersistentState<AccountDirectoryState> state) : Grain, IAccountDirectoryGrain
{
    private GroupCommit? commit;
    private GroupCommit Commit => commit ??= new GroupCommit(() => state.WriteOrReload(this));

    public Task Put(AccountView account)
    {
        if (state.State.Accounts.TryGetValue(account.Login, out var held) && held.Version > account.Version) return Task.CompletedTask;
        if (held == account) return Task.CompletedTask;
        state.State.Accounts[account.Login] = account;
        return Commit.Commit();
    }

    public Task Remove(string login, long version)
    {
        if (!state.State.Accounts.TryGetValue(login, out var held) || held.Version > version) return Task.CompletedTask;
        state.State.Accounts.Remove(login);
        return Commit.Commit();
    }

    public Task<IReadOnlyList<AccountView>> List(Access.Actor actor) => Task.FromResult<IReadOnlyList<AccountView>>(
        [.. state.State.Accounts.Values.Where(a => AccountRules.MayRead(actor, a)).OrderBy(a => a.Login, StringComparer.Ordinal)]);
}

[GenerateSerializer, Alias("account-directory.state.v1")]
public sealed class AccountDirectoryState
{
    [Id(0)] public Dictionary<string, AccountView> Accounts { get; set; } = [];
}
