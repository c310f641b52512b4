using GridActors.Access;

namespace GridActors.Accounts;

/// <summary>One account, keyed by login. Who may change which account is decided by
/// <c>AccountRules</c>; the password hash stays in this grain's state and no method returns it.</summary>
[Alias("account")]
public interface IAccountGrain : IGrainWithStringKey
{
    [Alias("create")]
    Task<AccountReply> Create(AccountInput input, Actor actor);

    [Alias("get")]
    Task<AccountReply> Get(Actor actor);

    /// <summary>The account's owner reading itself (<c>/auth/me</c>).</summary>
    [Alias("get-own")]
    Task<AccountView?> GetOwn();

    /// <summary>Changes what <paramref name="input"/> names (null fields stay) when
    /// <paramref name="ifMatch"/> matches the account's version.</summary>
    [Alias("update")]
    Task<AccountReply> Update(AccountInput input, IfMatch ifMatch, Actor actor);

    /// <summary>Deletes the account and every session of it.</summary>
    [Alias("delete")]
    Task<Refusal?> Delete(IfMatch ifMatch, Actor actor);

    /// <summary>Checks the password; on success starts a session for the refresh token's hash.</summary>
    [Alias("sign-in")]
    Task<SignInResult> SignIn(string password, string sessionHash);

    /// <summary>Ends the session <paramref name="oldHash"/> and starts <paramref name="newHash"/>: a
    /// refresh token works once.</summary>
    [Alias("refresh")]
    Task<SignInResult> Refresh(string oldHash, string newHash);

    [Alias("sign-out")]
    Task SignOut(string sessionHash);

    [Alias("status")]
    Task<AccountStatus> Status();
}
