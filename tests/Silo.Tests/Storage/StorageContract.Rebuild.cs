using GridActors.Access;
using GridActors.Incidents;
using static GridActors.Tests.Storage.CaseWorld;

namespace GridActors.Tests.Storage;

public abstract partial class StorageContract
{
    [Fact]
    public async Task Rebuilding_the_cases_table_from_the_log_at_start_gives_the_live_table_row_for_row()
    {
        var cluster = TestSilo.Cluster(database);
        await using (var silo = await TestSilo.StartSiloAsync(cluster))
        {
            await CaseWorld.Create(silo.Grains);
            async Task Do(string id, IncidentCommand command, Actor actor) =>
                Assert.Null((await silo.Grains.GetGrain<IIncidentGrain>(id).Handle(command, $"{id}:{command.GetType().Name}", actor)).Refusal);
            foreach (var i in Enumerable.Range(0, 5)) await Do($"rebuild-{i}", Report(i), Worker);
            await Do("rebuild-1", new FileCase(null), Operator);
            await Do("rebuild-2", new FileCase(null), Operator);
            await Do("rebuild-2", new Accept(), Worker);
            await Do("rebuild-2", new Resolve("cleared", ["https://photos.example/1.jpg"]), Worker);
            await Do("rebuild-3", new Reject("not ours"), Operator);
            await Do("rebuild-4", new Merge("rebuild-1"), Operator);
        }
        var live = await CaseTables();
        Assert.Equal(5, live.Cases.Count(c => ((string)c[0]!).StartsWith("rebuild-", StringComparison.Ordinal)));
        // Spoil the table as a lost or botched write would: the rebuild must make it whole from the events alone.
        await database.QueryAsync("DELETE FROM case_parties; DELETE FROM cases WHERE id = 'rebuild-2'; UPDATE cases SET status = 'Closed', title = 'wrong'");

        await using (await TestSilo.StartSiloAsync(new Dictionary<string, string?>(cluster) { ["GridActors:Storage:RebuildCases"] = "true" })) { }

        var rebuilt = await CaseTables();
        Assert.Equal(live.Cases, rebuilt.Cases);
        Assert.Equal(live.Parties, rebuilt.Parties);
    }

    private async Task<(List<object?[]> Cases, List<object?[]> Parties)> CaseTables()
    {
        static List<object?[]> Sorted(IReadOnlyList<object?[]> rows) =>
            [.. rows.OrderBy(r => string.Join("\u0001", r.Take(2)), StringComparer.Ordinal)];
        return (Sorted(await database.QueryAsync("SELECT * FROM cases")), Sorted(await database.QueryAsync("SELECT party, case_id FROM case_parties")));
    }
}
