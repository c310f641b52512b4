using System.Globalization;
using GridActors.Access;
using GridActors.Storage;

namespace GridActors.Accounts;

/// <summary>One account by login: its profile, password hash, lockout and sessions. The rules are
/// <see cref="AccountRules"/>; this grain loads, decides, writes, then tells the directories.</summary>
public sealed class AccountGrain(
    [PersistentState("account", "gridactors")] IPersistentState<AccountState> state,
    Passwords passwords, AccountPolicy policy, TimeProvider clock) : Grain, IAccountGrain
{
    /// <summary>Failures against a login nobody has, counted in memory only: no state is written
    /// for a name a guesser made up, yet it locks as a real account would.</summary>
    private readonly Lockout nobody = new();

    private string Login => this.GetPrimaryKeyString();
    private AccountState Account => state.State;
    private AccountView? View => state.RecordExists ? Account.View(Login) : null;

    /// <summary>A directory write that failed after the account's own is made good on the next activation.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        View is { } view ? Tell(view, []) : Task.CompletedTask;

    public async Task<AccountReply> Create(AccountInput input, Actor actor)
    {
        if ((AccountRules.LoginProblem(Login) ?? AccountRules.Create(actor, input, policy) ?? await WorkerProblem(input)) is { } refusal)
            return new(refusal, null);
        if (state.RecordExists) return new(Refusal.Conflict($"an account {Login} exists"), null);
        Account.DisplayName = input.DisplayName!.Trim();
        Account.Role = input.Role!.Value;
        Account.Scope = AccountRules.Normal(Account.Role, input.Scope);
        Account.WorkerId = Account.Role == Role.Worker ? input.WorkerId : null;
        Account.Enabled = input.Enabled ?? true;
        Account.PasswordHash = passwords.Hash(input.Password!);
        Account.Version = 1;
        // Not 1: a token of a deleted account of the same login must not fit the new one.
        Account.Stamp = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await state.WriteOrReload(this);
        await Tell(View!, []);
        return new(null, View);
    }

    public Task<AccountReply> Get(Actor actor) => Task.FromResult(
        View is { } view && AccountRules.MayRead(actor, view) ? new AccountReply(null, view) : new AccountReply(AccountRules.NotFound(Login), null));

    public Task<AccountView?> GetOwn() => Task.FromResult(View is { Enabled: true } view ? view : null);

    public async Task<AccountReply> Update(AccountInput input, IfMatch ifMatch, Actor actor)
    {
        if (View is not { } before) return new(AccountRules.NotFound(Login), null);
        var next = AccountRules.Merge(before, input);
        if ((AccountRules.Update(actor, before, input, policy) ?? Stale(before, ifMatch) ?? await WorkerProblem(next)) is { } refusal)
            return new(refusal, null);
        var signedInAs = (before.Role, before.Scope, before.WorkerId, before.Enabled);
        Account.DisplayName = next.DisplayName!.Trim();
        Account.Role = next.Role!.Value;
        Account.Scope = next.Scope;
        Account.WorkerId = next.WorkerId;
        Account.Enabled = next.Enabled!.Value;
        if (next.Password is { } password) Account.PasswordHash = passwords.Hash(password);
        // What a token says of the account no longer holds: its tokens and sessions end.
        if (next.Password is not null || signedInAs != (Account.Role, Account.Scope, Account.WorkerId, Account.Enabled))
        {
            Account.Stamp++;
            Account.Sessions.Clear();
        }
        Account.Version++;
        await state.WriteOrReload(this);
        await Tell(View!, AccountDirectories.Of(before));
        return new(null, View);
    }

    public async Task<Refusal?> Delete(IfMatch ifMatch, Actor actor)
    {
        if (View is not { } before) return AccountRules.NotFound(Login);
        if ((AccountRules.Delete(actor, before) ?? Stale(before, ifMatch)) is { } refusal) return refusal;
        await state.ClearOrReload(this);
        await Task.WhenAll(AccountDirectories.Of(before).Select(d => Directory(d).Remove(Login, before.Version)));
        return null;
    }

    public async Task<SignInResult> SignIn(string password, string sessionHash)
    {
        var now = clock.GetUtcNow();
        var lockout = state.RecordExists ? Account.Lockout : nobody;
        if (lockout.IsLocked(now)) return Result(SignInOutcome.Locked, lockout, "locked");
        if (!passwords.Verify(state.RecordExists ? Account.PasswordHash : "", password))
        {
            var outcome = lockout.Fail(now, policy);
            if (state.RecordExists) await state.WriteOrReload(this);
            return Result(outcome, lockout, state.RecordExists ? "wrong password" : "unknown login");
        }
        if (!Account.Enabled) return Result(SignInOutcome.Refused, lockout, "disabled");
        lockout.Succeed();
        return await StartSession(sessionHash, now);
    }

    public async Task<SignInResult> Refresh(string oldHash, string newHash)
    {
        var now = clock.GetUtcNow();
        if (!state.RecordExists || !Account.Sessions.Remove(oldHash, out var expires))
            return Result(SignInOutcome.Refused, nobody, "unknown refresh token");
        if (expires <= now || !Account.Enabled)
        {
            await state.WriteOrReload(this);
            return Result(SignInOutcome.Refused, nobody, Account.Enabled ? "refresh token expired" : "disabled");
        }
        return await StartSession(newHash, now);
    }

    public async Task SignOut(string sessionHash)
    {
        if (state.RecordExists && Account.Sessions.Remove(sessionHash)) await state.WriteOrReload(this);
    }

    public Task<AccountStatus> Status() => Task.FromResult(new AccountStatus(state.RecordExists && Account.Enabled, Account.Stamp));

    /// <summary>Adds the session, dropping expired ones and, past the policy's count, the oldest.</summary>
    private async Task<SignInResult> StartSession(string sessionHash, DateTimeOffset now)
    {
        foreach (var ended in Account.Sessions.Where(s => s.Value <= now).Select(s => s.Key).ToList()) Account.Sessions.Remove(ended);
        foreach (var oldest in Account.Sessions.OrderBy(s => s.Value).Take(Account.Sessions.Count - policy.MaxSessions + 1).Select(s => s.Key).ToList())
            Account.Sessions.Remove(oldest);
        var expires = now + policy.RefreshLifetime;
        Account.Sessions[sessionHash] = expires;
        await state.WriteOrReload(this);
        return new SignInResult(SignInOutcome.SignedIn, View, Account.Stamp, null, expires);
    }

    private async Task<Refusal?> WorkerProblem(AccountInput account) =>
        account.Role == Role.Worker && Ids.IsValid(account.WorkerId)
            ? AccountRules.WorkerProblem(account, await GrainFactory.GetGrain<Workers.IWorkerGrain>(account.WorkerId).Get())
            : null;

    private static SignInResult Result(SignInOutcome outcome, Lockout lockout, string reason) =>
        new(outcome, null, 0, outcome is SignInOutcome.Locked or SignInOutcome.LockedNow ? lockout.LockedUntil : null, null) { Reason = reason };

    private static Refusal? Stale(AccountView held, IfMatch ifMatch) =>
        ifMatch.Matches(held.Version.ToString(CultureInfo.InvariantCulture)) ? null
            : new Refusal(RefusalCode.VersionMismatch, $"account {held.Login} is at version \"{held.Version}\", not {ifMatch}: someone changed it meanwhile; read it again");

    /// <summary>Lists the account where it belongs now and takes it out of the directories it left.</summary>
    private Task Tell(AccountView view, IReadOnlyList<string> before)
    {
        var now = AccountDirectories.Of(view);
        return Task.WhenAll(now.Select(d => Directory(d).Put(view))
            .Concat(before.Except(now).Select(d => Directory(d).Remove(Login, view.Version))));
    }

    private IAccountDirectoryGrain Directory(string key) => GrainFactory.GetGrain<IAccountDirectoryGrain>(key);
}
