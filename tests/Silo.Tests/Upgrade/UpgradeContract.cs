using System.Data.Common;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;
using GridActors.Silo.Storage;
using GridActors.Silo.Storage.Upgrade;
using GridActors.Territory;
using GridActors.Tests.Storage;
using GridActors.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace GridActors.Tests.Upgrade;

/// <summary>A database written by the release before the event log, restored from the committed
/// fixture, is upgraded by the current silo's start: every case reads back as that release showed
/// it, now from its events, and goes on from there. Each back end's class restores its own fixture.</summary>
public abstract class UpgradeContract(RecordedRelease recorded) : IAsyncLifetime
{
    private static readonly Actor Worker = new("w-fixture-1", Role.Worker, "320412101001-01");

    protected CapturedLogs Logs { get; } = new();

    protected abstract StorageBackend Backend { get; }

    /// <summary>A fresh copy of the fixture database; its connection string.</summary>
    protected abstract Task<string> Restore();

    /// <summary>The <c>GridActors:Storage</c> settings for a restored database.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Storage(string connectionString);

    protected abstract DbConnection Connect(string connectionString);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_case_of_the_previous_release_reads_back_as_it_showed_it_with_one_event_per_history_entry()
    {
        var database = await Restore();
        await using var silo = await Start(database);

        foreach (var expected in recorded.Cases)
        {
            var view = await silo.Grains.GetGrain<IIncidentGrain>(expected.Id).Get();
            Assert.Equal(RecordedRelease.Json(RecordedRelease.AsLogged(expected)), RecordedRelease.Json(view));
            var events = await silo.Services.GetRequiredService<IEventLog>().Read(CaseEvents.Stream, expected.Id);
            Assert.Equal(expected.History.Select(e => (e.Version, e.Kind)), events.Select(e => (e.Version, CaseEvents.FromLogged(e).Event.Kind)));
            Assert.Equal((expected.Version, expected.Status.ToString(), expected.Handler), await Row(database, expected.Id));
        }
        // The fixture has a case of each of these, so each has gone through the conversion.
        Assert.Subset(recorded.Cases.SelectMany(c => c.History).Select(e => e.Kind).ToHashSet(),
            new HashSet<EventKind> { EventKind.Rejected, EventKind.Dispatched, EventKind.Extended, EventKind.Evaluated, EventKind.Merged, EventKind.ReportersAdded });
        Assert.Contains(Logs.Lines, l => l.Category == typeof(StoredCasesUpgrade).FullName && l.Message ==
            $"Upgraded the stored cases to the event log: 7 cases converted, {recorded.Cases.Sum(c => c.History.Count)} events appended");
    }

    [Fact]
    public async Task The_grid_and_the_worker_of_the_previous_release_read_back_as_they_were()
    {
        await using var silo = await Start(await Restore());

        Assert.Equal(RecordedRelease.Json(recorded.Grid), RecordedRelease.Json(await silo.Grains.GetGrain<IGridGrain>(recorded.Grid.Code).Get()));
        Assert.Equal(RecordedRelease.Json(recorded.Worker), RecordedRelease.Json(await silo.Grains.GetGrain<IWorkerGrain>(recorded.Worker.Id).Get()));
    }

    [Fact]
    public async Task A_command_on_an_upgraded_case_is_its_next_version()
    {
        var database = await Restore();
        var accepted = recorded.Case(IncidentStatus.Accepted);
        await using var silo = await Start(database);
        var incident = silo.Grains.GetGrain<IIncidentGrain>(accepted.Id);

        var result = await incident.Handle(new Resolve("已清理"), "resolve-after-upgrade", Worker, ifVersion: accepted.Version);

        Assert.Null(result.Refusal);
        Assert.Equal(accepted.Version + 1, result.Version);
        var events = await silo.Services.GetRequiredService<IEventLog>().Read(CaseEvents.Stream, accepted.Id);
        Assert.Equal(Enumerable.Range(1, (int)accepted.Version + 1).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal("case.resolved.v1", events[^1].Type);
        Assert.Equal((accepted.Version + 1, nameof(IncidentStatus.Resolved), accepted.Handler), await Row(database, accepted.Id));
    }

    [Fact]
    public async Task A_start_cut_short_is_finished_by_the_next_and_a_later_start_reads_nothing()
    {
        var database = await Restore();
        var (closed, reported) = (recorded.Case(IncidentStatus.Evaluated), recorded.Case(IncidentStatus.Reported));
        IReadOnlyList<LoggedEvent> whole;
        await using (var silo = await Start(database))
            whole = await silo.Services.GetRequiredService<IEventLog>().Read(CaseEvents.Stream, closed.Id);
        // As if the first start had stopped part-way through the closed case, before the reported one.
        await Execute(database, $"DELETE FROM events WHERE entity_id = '{closed.Id}' AND version > 3");
        await Execute(database, $"DELETE FROM events WHERE entity_id = '{reported.Id}'");
        await Execute(database, $"DELETE FROM cases WHERE id = '{reported.Id}'");
        await Execute(database, $"DELETE FROM upgrades WHERE name = '{StoredCasesUpgrade.Name}'");

        await using (var silo = await Start(database))
        {
            var log = silo.Services.GetRequiredService<IEventLog>();
            Assert.Equal(whole.Select(Comparable), (await log.Read(CaseEvents.Stream, closed.Id)).Select(Comparable));
            Assert.Equal([1L], (await log.Read(CaseEvents.Stream, reported.Id)).Select(e => e.Version));
            Assert.Equal((reported.Version, reported.Status.ToString(), reported.Handler), await Row(database, reported.Id));
        }
        await using (await Start(database)) { }

        // The third start finds the upgrade recorded as done and reads no stored case at all.
        Assert.Equal(
            [$"7 cases converted, {recorded.Cases.Sum(c => c.History.Count)} events appended", $"2 cases converted, {closed.History.Count - 3 + 1} events appended"],
            Logs.Lines.Where(l => l.Category == typeof(StoredCasesUpgrade).FullName).Select(l => l.Message.Split(": ")[1]));
        Assert.Equal(recorded.Cases.Sum(c => c.History.Count), await Count(database, "SELECT COUNT(*) FROM events WHERE stream = 'case'"));
    }

    /// <summary>An event without its sequence number, which a rewrite gives anew.</summary>
    private static LoggedEvent Comparable(LoggedEvent e) => e with { Sequence = 0 };

    /// <summary>The current silo on the restored database, in the fixture's service, its clock at the
    /// moment the fixture was recorded so no deadline falls due while the test reads.</summary>
    protected Task<TestSilo> Start(string database, string? clusterId = null)
    {
        var configuration = new Dictionary<string, string?>(TestSilo.Cluster(Storage(database)))
        {
            ["GridActors:Silo:ServiceId"] = RecordedRelease.ServiceId,
            ["GridActors:Demo:Seed"] = "false",
        };
        if (clusterId is not null) configuration["GridActors:Silo:ClusterId"] = clusterId;
        var clock = new FakeTimeProvider(recorded.RecordedAt);
        return TestSilo.StartSiloAsync(configuration, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }

    private async Task<(long, string, string?)> Row(string database, string id)
    {
        await using var connection = Connect(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version, status, handler FROM cases WHERE id = '{id}'";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no row for {id} in cases");
        return (reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    private async Task Execute(string database, string sql)
    {
        await using var connection = Connect(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected async Task<long> Count(string database, string sql)
    {
        await using var connection = Connect(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
