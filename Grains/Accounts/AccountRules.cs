using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Accounts;

/// <summary>Who may manage which account, and what a valid account is. An admin manages the
/// operators, supervisors, workers and admins within its area, never a role above its own; a platform
/// admin manages the admins, the departments and the platform admins. Nobody disables, deletes or
/// moves their own account, so no admin locks itself or its district out by a slip.</summary>
public static class AccountRules
{
    public const int DisplayNameLength = 100;

    /// <summary>May <paramref name="actor"/> hold an account of this role and scope in its hands?</summary>
    public static bool MayManage(Actor actor, Role role, string? scope) => actor.Role switch
    {
        Role.PlatformAdmin => role is Role.Admin or Role.Department or Role.PlatformAdmin,
        Role.Admin => role is Role.Operator or Role.Supervisor or Role.Worker or Role.Admin
            && scope is not null && AreaCode.Contains(actor.Scope, scope),
        _ => false,
    };

    public static bool MayRead(Actor actor, AccountView account) => MayManage(actor, account.Role, account.Scope);

    /// <summary>A new account: valid input, and an account the actor may manage.</summary>
    public static Refusal? Create(Actor actor, AccountInput input, AccountPolicy policy) =>
        Valid(input, creating: true, policy)
        ?? (MayManage(actor, input.Role!.Value, Normal(input.Role.Value, input.Scope))
            ? null
            : Refusal.NotPermitted($"{actor.Id} may not create a {input.Role} account{(input.Scope is { Length: > 0 } s ? $" of {s}" : "")}"));

    /// <summary>A change: the account as it is and as it would be must both be the actor's to manage.</summary>
    public static Refusal? Update(Actor actor, AccountView current, AccountInput input, AccountPolicy policy)
    {
        if (!MayRead(actor, current)) return NotFound(current.Login);
        var next = Merge(current, input);
        if (Valid(next, creating: false, policy) is { } invalid) return invalid;
        if (!MayManage(actor, next.Role!.Value, next.Scope))
            return Refusal.NotPermitted($"{actor.Id} may not make {current.Login} a {next.Role} account{(next.Scope is { Length: > 0 } s ? $" of {s}" : "")}");
        if (IsSelf(actor, current) && (next.Enabled == false || next.Role != current.Role || next.Scope != current.Scope))
            return Refusal.NotPermitted("you may not disable your own account or change its role or scope");
        return null;
    }

    public static Refusal? Delete(Actor actor, AccountView current) =>
        !MayRead(actor, current) ? NotFound(current.Login)
        : IsSelf(actor, current) ? Refusal.NotPermitted("you may not delete your own account")
        : null;

    /// <summary>A login is an id, and never the platform's own, which tokens may not claim.</summary>
    public static Refusal? LoginProblem(string login) =>
        !Ids.IsValid(login) ? Refusal.Invalid("login", Ids.Rule)
        : login == Actor.SystemId ? Refusal.Invalid("login", $"'{Actor.SystemId}' is the platform's own id")
        : null;

    /// <summary>A worker account acts as its worker, so the worker must be registered in the
    /// account's grid: an admin cannot reach another area's worker through a grid of its own.</summary>
    public static Refusal? WorkerProblem(AccountInput account, Workers.WorkerView? worker) =>
        account.Role != Role.Worker || (worker is not null && worker.Profile.Grids.Contains(account.Scope!)) ? null
            : Refusal.Invalid("workerId", $"no worker {account.WorkerId} is registered in grid {account.Scope}");

    public static Refusal NotFound(string login) => Refusal.NotFound($"no account {login} within your scope");

    /// <summary>The input with the current values where it names none; the scope of a platform admin is none.</summary>
    public static AccountInput Merge(AccountView current, AccountInput input)
    {
        var role = input.Role ?? current.Role;
        return new AccountInput(
            input.DisplayName ?? current.DisplayName,
            role,
            Normal(role, input.Scope ?? current.Scope),
            role == Role.Worker ? input.WorkerId ?? current.WorkerId : null,
            input.Enabled ?? current.Enabled,
            input.Password);
    }

    public static string? Normal(Role role, string? scope) => role == Role.PlatformAdmin ? null : scope;

    /// <summary>The first fault of the input, by field; the password only when one is given (or required).</summary>
    public static Refusal? Valid(AccountInput input, bool creating, AccountPolicy policy) =>
        Text.Problem("displayName", input.DisplayName, DisplayNameLength, required: true)
        ?? RoleProblem(input.Role)
        ?? ScopeProblem(input.Role!.Value, input.Scope, input.WorkerId)
        ?? (creating || input.Password is not null ? PasswordProblem(input.Password, policy) : null);

    public static Refusal? PasswordProblem(string? password, AccountPolicy policy) =>
        string.IsNullOrEmpty(password) ? Refusal.Invalid("password", "password is required")
        : password.Length < AccountPolicy.MinimumPasswordLength ? Refusal.Invalid("password", $"a password has at least {AccountPolicy.MinimumPasswordLength} characters")
        : password.Length > AccountPolicy.MaximumPasswordLength ? Refusal.Invalid("password", $"a password has at most {AccountPolicy.MaximumPasswordLength} characters")
        : password == AccountPolicy.DemoPassword && !policy.Development ? Refusal.Invalid("password", "the demo password is published: choose another")
        : null;

    private static Refusal? RoleProblem(Role? role) => role switch
    {
        null => Refusal.Invalid("role", "role is required"),
        Role.External => Refusal.Invalid("role", "external systems sign in with an API key, not an account"),
        _ when !Enum.IsDefined(role.Value) => Refusal.Invalid("role", "role is one of Operator, Supervisor, Worker, Department, Admin, PlatformAdmin"),
        _ => null,
    };

    private static Refusal? ScopeProblem(Role role, string? scope, string? workerId) => role switch
    {
        Role.Worker when !AreaCode.IsGrid(scope) => Refusal.Invalid("scope", "a worker's scope is the grid code of its grid"),
        Role.Worker when !Ids.IsValid(workerId) => Refusal.Invalid("workerId", $"a worker account needs its worker id: {Ids.Rule}"),
        Role.Department when !DepartmentCode.IsValid(scope) => Refusal.Invalid("scope", $"a department's scope is its department code: {DepartmentCode.Rule}"),
        Role.Operator or Role.Supervisor or Role.Admin when !AreaCode.IsValid(scope) || AreaCode.IsGrid(scope) =>
            Refusal.Invalid("scope", "the scope is a district, town or village code"),
        Role.PlatformAdmin when !string.IsNullOrEmpty(scope) => Refusal.Invalid("scope", "a platform admin has no area scope"),
        _ when role != Role.Worker && workerId is not null => Refusal.Invalid("workerId", "only a worker account has a worker id"),
        _ => null,
    };

    /// <summary>Admins act under their login (only workers act under another id).</summary>
    private static bool IsSelf(Actor actor, AccountView account) => actor.Id == account.Login && actor.Role == account.Role;
}
