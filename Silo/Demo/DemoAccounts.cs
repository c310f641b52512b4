using GridActors.Access;
using GridActors.Accounts;
using GridActors.Incidents;
using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Demo;

/// <summary>Sign-ins for the demo district, all with <see cref="AccountPolicy.DemoPassword"/>: <c>admin</c>
/// (the district's admin), <c>platform</c> (the platform admin), <c>op-&lt;town code&gt;</c> for each
/// town's operator, each worker by its worker id and <c>dept-&lt;code&gt;</c> for each department of the
/// shipped catalogue (the desk that sees that department's queue). Created as the district's admin and the platform
/// admin would, so the account rules hold for them too; <c>platform</c> comes last and marks a finished seed.</summary>
public sealed class DemoAccounts(IGrainFactory grains, ILogger log)
{
    public const string Admin = "admin";
    public const string Platform = "platform";

    private static readonly Actor DistrictAdmin = new("system-demo", Role.Admin, DemoDistrict.Code);
    private static readonly Actor PlatformAdmin = new("system-demo", Role.PlatformAdmin, AccountView.PlatformScope);

    public static string Operator(string townCode) => $"op-{townCode}";

    public static string Department(string code) => $"dept-{code}";

    public async Task Seed(DemoTerritory demo)
    {
        if (await grains.GetGrain<IAccountGrain>(Platform).GetOwn() is not null) return;
        var towns = demo.AreaNames.Where(a => a.Key.Length == 9).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        await Create(Admin, new AccountInput($"{DemoDistrict.Name}管理员", Role.Admin, DemoDistrict.Code, null, true, AccountPolicy.DemoPassword), DistrictAdmin);
        await Task.WhenAll(towns.Select(t => Create(Operator(t.Key),
            new AccountInput($"{t.Value}操作员", Role.Operator, t.Key, null, true, AccountPolicy.DemoPassword), DistrictAdmin)));
        await Task.WhenAll(demo.Workers.Select(w => Create(w.Id,
            new AccountInput(w.Name, Role.Worker, w.GridCode, w.Id, true, AccountPolicy.DemoPassword), DistrictAdmin)));
        var departments = CategoryCatalogue.Default.Departments;
        await Task.WhenAll(departments.Select(d => Create(Department(d.Code),
            new AccountInput(d.NameZh, Role.Department, d.Code, null, true, AccountPolicy.DemoPassword), PlatformAdmin)));
        await Create(Platform, new AccountInput("平台管理员", Role.PlatformAdmin, null, null, true, AccountPolicy.DemoPassword), PlatformAdmin);
        log.LogInformation(
            "Demo sign-ins, password {Password}: {Admin} (admin of district {District}), {Platform} (platform admin), {Operators} (town operators), {Departments} (departments), and each of the {Workers} workers by worker id, e.g. {Worker}",
            AccountPolicy.DemoPassword, Admin, DemoDistrict.Code, Platform, string.Join(", ", towns.Select(t => Operator(t.Key))),
            string.Join(", ", departments.Select(d => Department(d.Code))), demo.Workers.Count, demo.Workers[0].Id);
    }

    /// <summary>An account a seed that stopped half-way already made stays as it is.</summary>
    private async Task Create(string login, AccountInput input, Actor by)
    {
        var reply = await grains.GetGrain<IAccountGrain>(login).Create(input, by);
        if (reply.Refusal is { Code: not RefusalCode.Conflict } refusal)
            throw new InvalidOperationException($"demo account {login} was refused: {refusal.Reason}");
    }
}
