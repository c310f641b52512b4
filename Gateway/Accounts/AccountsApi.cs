using System.Security.Claims;
using GridActors.Access;
using GridActors.Accounts;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Http;
using GridActors.Gateway.Incidents;
using GridActors.Gateway.Problems;

namespace GridActors.Gateway.Accounts;

/// <summary>A new account. <c>scope</c>: an area code (operator, supervisor, admin), the grid code
/// (worker, with <c>workerId</c>), the department code (department), none (platform admin).</summary>
public sealed record NewAccount(string Login, string DisplayName, Role Role, string? Scope = null, string? WorkerId = null,
    bool Enabled = true, string? Password = null);

/// <summary>A change: the fields given replace the account's (<c>password</c> sets a new one).</summary>
public sealed record AccountChange(string? DisplayName = null, Role? Role = null, string? Scope = null, string? WorkerId = null,
    bool? Enabled = null, string? Password = null);

/// <summary>Accounts for admins within their area, and for platform admins (the admins, departments
/// and platform admins). Who may do what is <c>AccountRules</c>, in the account grain; an account
/// outside the caller's reach is "not found". No answer carries a password or its hash.</summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/accounts").WithTags("Accounts").RequireAuthorization(Policies.AccountAdmins);
        api.MapGet("/", List).WithSummary("The accounts the caller manages, by login");
        api.MapPost("/", Create).WithSummary("Create an account (409 when the login exists)");
        api.MapGet("/{login}", Get).WithSummary("One account, with its version as ETag");
        api.MapPut("/{login}", Update).WithSummary("Change an account (enabled=false disables it and ends its sessions within a minute); If-Match required");
        api.MapDelete("/{login}", Delete).WithSummary("Delete an account and end its sessions; If-Match required");
        return api;
    }

    private static async Task<IResult> List(ClaimsPrincipal user, IGrainFactory grains)
    {
        var actor = user.Actor();
        return AccountDirectories.For(actor) is { } directory
            ? TypedResults.Ok(await grains.GetGrain<IAccountDirectoryGrain>(directory).List(actor))
            : RefusalResults.Forbidden($"{actor.Id} manages no accounts");
    }

    private static async Task<IResult> Create(NewAccount body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(body.Login)) return RefusalResults.Invalid("login", Ids.Rule);
        var input = new AccountInput(body.DisplayName, body.Role, body.Scope, body.WorkerId, body.Enabled, body.Password);
        var reply = await grains.GetGrain<IAccountGrain>(body.Login).Create(input, user.Actor());
        return reply.Refusal is { } refusal
            ? refusal.ToProblem()
            : TypedResults.Created($"/api/v1/accounts/{body.Login}", reply.Account).WithVersion(reply.Account!.Version);
    }

    private static Task<IResult> Get(string login, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(login, a => a.Get(user.Actor()), grains);

    private static async Task<IResult> Update(string login, AccountChange body, HttpRequest request, ClaimsPrincipal user,
        IGrainFactory grains, AccountGate gate)
    {
        var (ifMatch, precondition) = Preconditions.Required(request, "the account you edited");
        if (precondition is not null) return precondition;
        var input = new AccountInput(body.DisplayName, body.Role, body.Scope, body.WorkerId, body.Enabled, body.Password);
        var result = await Answer(login, a => a.Update(input, ifMatch!, user.Actor()), grains);
        gate.Forget(login);
        return result;
    }

    private static async Task<IResult> Delete(string login, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, AccountGate gate)
    {
        if (!Ids.IsValid(login)) return RefusalResults.Invalid("login", Ids.Rule);
        var (ifMatch, precondition) = Preconditions.Required(request, "the account you mean to delete");
        if (precondition is not null) return precondition;
        var refusal = await grains.GetGrain<IAccountGrain>(login).Delete(ifMatch!, user.Actor());
        gate.Forget(login);
        return refusal is null ? TypedResults.NoContent() : refusal.ToProblem();
    }

    private static async Task<IResult> Answer(string login, Func<IAccountGrain, Task<AccountReply>> call, IGrainFactory grains)
    {
        if (!Ids.IsValid(login)) return RefusalResults.Invalid("login", Ids.Rule);
        var reply = await call(grains.GetGrain<IAccountGrain>(login));
        return reply.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(reply.Account).WithVersion(reply.Account!.Version);
    }
}
