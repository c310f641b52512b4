using System.Net;
using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Tests.Lists;

/// <summary>A list shows exactly the cases its caller could read one by one: in a list, in a count
/// and in an export.</summary>
[Collection(GatewayCollection.Name)]
public class CaseListScopeTests(GatewayFactory gateway)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private sealed record Scene(string District, string Town1, string Town2, Actor Worker, Actor Department, Actor External);

    /// <summary>Three cases in each of two towns; a worker who reported one in town 1 and holds one in
    /// town 2, a department one case went to, and an external system that reported one.</summary>
    private async Task<Scene> TwoTowns()
    {
        var d = CaseStore.NewDistrict();
        var scene = new Scene(d, d + "001", d + "002",
            new Actor($"w-{d}", Role.Worker, $"{d}001001-01"), new Actor($"desk-{d}", Role.Department, $"police-{d}"),
            new Actor($"hotline-{d}", Role.External, d));
        var rows = new List<CaseRecord>();
        foreach (var town in new[] { scene.Town1, scene.Town2 })
            for (var i = 0; i < 3; i++)
                rows.Add(CaseRows.New($"{town}c{i}", $"{town}001-01", T0.AddMinutes(rows.Count)));
        rows[0] = rows[0] with { Parties = [CaseParties.Reporter(scene.Worker)] };
        rows[4] = rows[4] with { Parties = [CaseParties.Worker(scene.Worker.Id), CaseParties.Department(scene.Department.Scope)] };
        rows[5] = rows[5] with { Parties = [CaseParties.Reporter(scene.External)] };
        await gateway.PutAsync(rows);
        return scene;
    }

    private async Task<(string[] Listed, long Counted, string[] Exported)> Seen(Actor actor, string query = "")
    {
        using var http = gateway.As(actor);
        var list = await http.List($"?sort=reportedAt:asc&count=true{query}");
        var exported = await CaseCsvTests.Export(http, $"?sort=reportedAt:asc{query}");
        return (list.Ids().ToArray(), (long)list["total"]!, exported.Select(r => r["id"]).ToArray());
    }

    private static void AssertSees((string[] Listed, long Counted, string[] Exported) seen, params string[] ids)
    {
        Assert.Equal(ids, seen.Listed);
        Assert.Equal(ids.Length, seen.Counted);
        Assert.Equal(ids, seen.Exported);
    }

    [Fact]
    public async Task A_towns_operator_never_sees_another_towns_cases_in_a_list_a_count_or_an_export()
    {
        var s = await TwoTowns();
        var op = new Actor($"op-{s.Town1}", Role.Operator, s.Town1);

        AssertSees(await Seen(op), $"{s.Town1}c0", $"{s.Town1}c1", $"{s.Town1}c2");
        AssertSees(await Seen(op, $"&area={s.Town2}"));
        AssertSees(await Seen(op, $"&area={s.District}"), $"{s.Town1}c0", $"{s.Town1}c1", $"{s.Town1}c2");
        AssertSees(await Seen(op, $"&q=case"), $"{s.Town1}c0", $"{s.Town1}c1", $"{s.Town1}c2");
    }

    [Fact]
    public async Task Command_centres_see_their_area_at_every_level()
    {
        var s = await TwoTowns();

        AssertSees(await Seen(new Actor("sup", Role.Supervisor, s.Town2)), $"{s.Town2}c0", $"{s.Town2}c1", $"{s.Town2}c2");
        AssertSees(await Seen(new Actor("admin", Role.Admin, s.District)),
            $"{s.Town1}c0", $"{s.Town1}c1", $"{s.Town1}c2", $"{s.Town2}c0", $"{s.Town2}c1", $"{s.Town2}c2");
        AssertSees(await Seen(new Actor("grid-op", Role.Operator, $"{s.Town1}001-01")), $"{s.Town1}c0", $"{s.Town1}c1", $"{s.Town1}c2");
        AssertSees(await Seen(new Actor("other-op", Role.Operator, $"{s.Town1}002-01")));
    }

    [Fact]
    public async Task A_worker_a_department_and_an_external_system_see_only_the_cases_they_are_parties_to()
    {
        var s = await TwoTowns();

        AssertSees(await Seen(s.Worker), $"{s.Town1}c0", $"{s.Town2}c1");
        AssertSees(await Seen(s.Department), $"{s.Town2}c1");
        AssertSees(await Seen(s.External), $"{s.Town2}c2");
        AssertSees(await Seen(new Actor($"w-other-{s.District}", Role.Worker, $"{s.Town1}001-01")));
        // The worker's own grid is no scope: a case there they are no party to stays out of sight.
        AssertSees(await Seen(s.Worker, $"&area={s.Town1}001-01"), $"{s.Town1}c0");
    }

    [Fact]
    public async Task A_platform_admin_lists_no_cases()
    {
        var s = await TwoTowns();

        AssertSees(await Seen(new Actor("platform", Role.PlatformAdmin, s.District)));
    }

    [Fact]
    public async Task An_export_without_a_signed_in_caller_is_refused()
    {
        using var anonymous = gateway.As(null);
        anonymous.DefaultRequestHeaders.Accept.ParseAdd("text/csv");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/incidents")).StatusCode);
    }
}
