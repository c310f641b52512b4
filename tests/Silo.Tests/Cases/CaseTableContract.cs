using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Tests.Cases;

/// <summary>What a case list promises on every back end; each back end's class runs it against its
/// own database. Every test writes its rows into a district of its own.</summary>
public abstract class CaseTableContract(CaseDatabase database)
{
    static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset Now = T0.AddDays(2);

    /// <summary>Towns 001 and 002 of a district; town 001 has villages 001 and 002.</summary>
    sealed record District(string Code)
    {
        public string Town1 => Code + "001";
        public string Town2 => Code + "002";
        public string Village1 => Town1 + "001";
        public string Village2 => Town1 + "002";
        public string Grid1 => Village1 + "-01";
        public string Grid2 => Town2 + "001-01";
        public string Grid3 => Village2 + "-01";
    }

    /// <summary>Five cases that each filter tells apart, and one in another district.</summary>
    async Task<District> SeedFive(string code)
    {
        var d = new District(code);
        await database.PutAsync(
            CaseRows.New(code + "a", d.Grid1, T0) with { Title = "Broken STREETLIGHT" },
            CaseRows.New(code + "b", d.Grid2, T0.AddHours(1)) with
            {
                Status = IncidentStatus.Filed, Source = IncidentSource.Hotline12345, Category = "roads.pothole",
                Urgency = Urgency.Urgent, Description = "A deep pothole by the school", RedAt = Now.AddHours(1), YellowAt = Now.AddMinutes(30),
            },
            CaseRows.New(code + "c", d.Grid1, T0.AddHours(2)) with
            {
                Status = IncidentStatus.Dispatched, Urgency = Urgency.VeryUrgent, Level = HandlingLevel.Grid, Handler = "w-7",
                RedAt = Now.AddMinutes(-1), YellowAt = Now.AddHours(-1), Parties = [$"worker:w-{code}"],
            },
            CaseRows.New(code + "d", d.Grid1, T0.AddHours(3)) with
            {
                Status = IncidentStatus.Closed, Level = HandlingLevel.Town, Handler = d.Town1, ClosedAt = T0.AddHours(5),
                RedAt = Now.AddMinutes(1), YellowAt = Now, Title = "Noise at 100% all night", Parties = [$"department:police-{code}"],
            },
            // Deferred before its red instant: green however late it is read.
            CaseRows.New(code + "e", d.Grid3, T0.AddHours(4)) with
            {
                Status = IncidentStatus.Deferred, RedAt = T0.AddHours(6), YellowAt = T0.AddHours(5), StoppedAt = T0.AddHours(4),
                DueAt = T0.AddHours(30),
            },
            CaseRows.New(code + "x", $"{int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1}001001-01", T0));
        return d;
    }

    async Task<string> Ids(CaseQuery query, CaseReader reader)
    {
        var page = await database.Table.Query(query with { Order = new CaseOrder(CaseSort.ReportedAt, false) }, reader, Now);
        return string.Concat(page.Items.Select(i => i.Id[^1]));
    }

    [Fact]
    public async Task The_grids_of_the_cases_asked_for_come_back_and_unknown_ids_are_left_out()
    {
        var d = await SeedFive("510900");

        var grids = await database.Table.GridsOf(["510900a", "510900b", "510900e", "no-such-case"]);

        Assert.Equal(new Dictionary<string, string> { ["510900a"] = d.Grid1, ["510900b"] = d.Grid2, ["510900e"] = d.Grid3 }, grids);
        Assert.Empty(await database.Table.GridsOf([]));
    }

    [Fact]
    public async Task Reported_by_worker_keeps_the_cases_that_grid_worker_reported_and_no_one_else_of_the_same_id()
    {
        var d = new District("511000");
        await database.PutAsync(
            CaseRows.New("511000a", d.Grid1, T0) with { ReporterId = "w-9" },
            CaseRows.New("511000b", d.Grid1, T0.AddHours(1)) with { ReporterId = "w-8" },
            CaseRows.New("511000c", d.Grid1, T0.AddHours(2)) with { ReporterId = "w-9", ReporterRole = Role.External },
            CaseRows.New("511000d", d.Grid1, T0.AddHours(3)) with { ReporterId = "w-9" });

        Assert.Equal("ad", await Ids(new(ReportedByWorker: "w-9"), new CaseReader(d.Code, [])));
    }

    [Fact]
    public async Task Each_filter_keeps_exactly_the_cases_it_names()
    {
        var d = await SeedFive("510100");
        var all = new CaseReader(d.Code, []);

        Assert.Equal("abcde", await Ids(new(), all));
        Assert.Equal("acde", await Ids(new(Area: d.Town1), all));
        Assert.Equal("e", await Ids(new(Area: d.Village2), all));
        Assert.Equal("acd", await Ids(new(Area: d.Grid1), all));
        Assert.Equal("", await Ids(new(Area: "510101"), all));
        Assert.Equal("bd", await Ids(new(Statuses: [IncidentStatus.Filed, IncidentStatus.Closed]), all));
        Assert.Equal("c", await Ids(new(Lights: [Light.Red]), all));
        Assert.Equal("d", await Ids(new(Lights: [Light.Yellow]), all));
        Assert.Equal("abe", await Ids(new(Lights: [Light.Green]), all));
        Assert.Equal("cd", await Ids(new(Lights: [Light.Red, Light.Yellow]), all));
        Assert.Equal("b", await Ids(new(Category: "roads.pothole"), all));
        Assert.Equal("bc", await Ids(new(Urgencies: [Urgency.Urgent, Urgency.VeryUrgent]), all));
        Assert.Equal("d", await Ids(new(Levels: [HandlingLevel.Town]), all));
        Assert.Equal("c", await Ids(new(Handler: "w-7"), all));
        Assert.Equal("b", await Ids(new(Sources: [IncidentSource.Hotline12345]), all));
        Assert.Equal("bc", await Ids(new(ReportedFrom: T0.AddHours(1), ReportedTo: T0.AddHours(3)), all));
        Assert.Equal("d", await Ids(new(ClosedFrom: T0.AddHours(5), ClosedTo: T0.AddHours(6)), all));
        Assert.Equal("", await Ids(new(ClosedTo: T0.AddHours(5)), all));
        Assert.Equal("b", await Ids(new(Text: "POTHOLE"), all));
        Assert.Equal("a", await Ids(new(Text: "streetlight"), all));
        Assert.Equal("d", await Ids(new(Text: "0%"), all));
        Assert.Equal("", await Ids(new(Text: "_"), all));
        Assert.Equal("c", await Ids(new(Area: d.Grid1, Urgencies: [Urgency.VeryUrgent], Lights: [Light.Red]), all));
    }

    [Fact]
    public async Task The_lights_are_those_of_the_case_row_at_the_time_of_the_query()
    {
        var d = await SeedFive("510200");

        var page = await database.Table.Query(new(), new CaseReader(d.Code, []), Now);

        Assert.All(page.Items, row => Assert.Equal(row.LightAt(Now), Lights(row.Id[^1])));
        Assert.Equal(Now, page.At);
        static Light Lights(char id) => id switch { 'c' => Light.Red, 'd' => Light.Yellow, _ => Light.Green };
    }

    [Fact]
    public async Task A_reader_sees_its_area_or_the_cases_naming_it_as_a_party_and_nobody_else_anything()
    {
        var d = await SeedFive("510300");

        Assert.Equal("acde", await Ids(new(), new CaseReader(d.Town1, [])));
        Assert.Equal("acd", await Ids(new(), new CaseReader(d.Grid1, [])));
        Assert.Equal("", await Ids(new(Area: d.Town2), new CaseReader(d.Town1, [])));
        Assert.Equal("c", await Ids(new(), new CaseReader(null, ["reporter:x", $"worker:w-{d.Code}"])));
        Assert.Equal("d", await Ids(new(), new CaseReader(null, [$"department:police-{d.Code}"])));
        Assert.Equal("", await Ids(new(), new CaseReader(null, [$"worker:w-8-{d.Code}"])));
        Assert.Equal("", await Ids(new(), new CaseReader(null, [])));
        Assert.Equal("", await Ids(new(), new CaseReader("not-a-code", [])));
    }

    [Fact]
    public async Task A_count_is_of_every_case_the_query_matches_in_scope_not_of_the_page()
    {
        var d = await SeedFive("510400");

        var page = await database.Table.Query(new(Limit: 2, Count: true), new CaseReader(d.Town1, []), Now);
        var uncounted = await database.Table.Query(new(Limit: 2), new CaseReader(d.Town1, []), Now);

        Assert.Equal(2, page.Items.Count);
        Assert.Equal(4, page.Total);
        Assert.Null(uncounted.Total);
    }

    [Fact]
    public async Task Cases_without_the_sorted_instant_come_last_either_way()
    {
        var d = await SeedFive("510500");
        var reader = new CaseReader(d.Code, []);

        async Task<string> Sorted(CaseSort by, bool descending) =>
            string.Concat((await database.Table.Query(new(Order: new(by, descending)), reader, Now)).Items.Select(i => i.Id[^1]));

        Assert.Equal("edcba", await Sorted(CaseSort.ReportedAt, true));
        Assert.Equal("dabce", await Sorted(CaseSort.ClosedAt, false));
        Assert.Equal("edcba", await Sorted(CaseSort.DueAt, true));
    }

    [Theory]
    [InlineData(CaseSort.ReportedAt, false)]
    [InlineData(CaseSort.ReportedAt, true)]
    [InlineData(CaseSort.DueAt, false)]
    [InlineData(CaseSort.DueAt, true)]
    public async Task Paging_through_a_thousand_cases_that_keep_changing_sees_each_once_in_order(CaseSort by, bool descending)
    {
        var code = $"52{(int)by}{(descending ? 1 : 0)}00";
        var grid = new District(code).Grid1;
        // Three cases to each instant, so ties go by id; every other case without a due time.
        var rows = Enumerable.Range(0, 1000).Select(i => CaseRows.New($"{code}c{i:D4}", grid, T0.AddMinutes(i / 3)) with
        {
            DueAt = i % 2 == 0 ? null : T0.AddDays(1).AddMinutes(-(i / 3)),
        }).ToList();
        await database.PutAsync(rows);
        var expected = rows.OrderBy(r => Key(r) is null).ThenBy(r => descending ? -Key(r)?.UtcTicks : Key(r)?.UtcTicks)
            .ThenBy(r => r.Id, descending ? Comparer<string>.Create((x, y) => string.CompareOrdinal(y, x)) : Comparer<string>.Create(string.CompareOrdinal)).Select(r => r.Id).ToList();
        DateTimeOffset? Key(Incidents.CaseRecord r) => by == CaseSort.DueAt ? r.DueAt : r.ReportedAt;

        var random = new Random(7);
        var seen = new List<string>();
        var query = new CaseQuery(Order: new(by, descending), Limit: 37);
        var reader = new CaseReader(code, []);
        for (var round = 1; ; round++)
        {
            var page = await database.Table.Query(query, reader, Now);
            seen.AddRange(page.Items.Select(i => i.Id));
            if (page.Next is null) break;
            query = query with { After = page.Next };
            // Cases before, on and after the page change everything but the sorted key.
            await database.PutAsync(Enumerable.Range(0, 20).Select(_ => rows[random.Next(rows.Count)]).Distinct().Select(r => r with
            {
                Version = r.Version + round, Status = IncidentStatus.Filed, UpdatedAt = T0.AddDays(3).AddSeconds(round),
            }));
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Paging_by_last_change_sees_every_case_that_did_not_change_exactly_once()
    {
        const string code = "530000";
        var grid = new District(code).Grid1;
        var rows = Enumerable.Range(0, 1000).Select(i => CaseRows.New($"{code}c{i:D4}", grid, T0.AddMinutes(i))).ToList();
        await database.PutAsync(rows);

        var random = new Random(11);
        var changed = new HashSet<string>();
        var seen = new List<string>();
        var query = new CaseQuery(Order: new(CaseSort.UpdatedAt, false), Limit: 50);
        for (var round = 1; ; round++)
        {
            var page = await database.Table.Query(query, new CaseReader(code, []), Now);
            seen.AddRange(page.Items.Select(i => i.Id));
            if (page.Next is null) break;
            query = query with { After = page.Next };
            // Each case changes once at most, so it is read twice at most: where it was and at the end.
            var changes = Enumerable.Range(0, 10).Select(_ => rows[random.Next(rows.Count)]).DistinctBy(r => r.Id).Where(r => !changed.Contains(r.Id))
                .Select(r => r with { Version = round + 1, UpdatedAt = T0.AddDays(3).AddSeconds(round) }).ToList();
            changed.UnionWith(changes.Select(r => r.Id));
            await database.PutAsync(changes);
        }

        var unchanged = rows.Select(r => r.Id).Where(id => !changed.Contains(id)).ToList();
        Assert.NotEmpty(changed);
        Assert.All(unchanged, id => Assert.Single(seen, id));
        Assert.All(changed, id => Assert.InRange(seen.Count(s => s == id), 1, 2));
    }
}

public sealed class SqliteCaseTableTests(SqliteCaseDatabase database) : CaseTableContract(database), IClassFixture<SqliteCaseDatabase>;

public sealed class PostgreSqlCaseTableTests(PostgreSqlCaseDatabase database) : CaseTableContract(database), IClassFixture<PostgreSqlCaseDatabase>;
