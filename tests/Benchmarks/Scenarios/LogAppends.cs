using GridActors.Access;
using GridActors.Benchmarks.Load;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Silo.Storage;
using GridActors.Silo.Storage.Log;
using Npgsql;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>The PostgreSQL event log alone, beside the raw insert loop: each append a new case's
/// first event of about a kilobyte with its case row, as a report writes it, at the same concurrency
/// and pool tuning. What the store can take when nothing else (HTTP, grains) shares the cores.</summary>
public static class LogAppends
{
    public static async Task<Throughput> Run(string connectionString, LoadShape shape)
    {
        await using var source = NpgsqlDataSource.Create(PostgreSqlConnectionString.Tune(connectionString));
        using var log = new PostgreSqlEventLog(source);
        var by = new Actor("bench", Role.Worker, "320412101001-01");
        var data = $$"""{"type":"bench.appended.v1","pad":"{{new string('x', NpgsqlInserts.RowBytes - 40)}}"}""";
        var nextId = 0L;

        Task<bool> Append(int _)
        {
            var id = $"bench-{Interlocked.Increment(ref nextId)}";
            var at = DateTimeOffset.UtcNow;
            return log.Append(new LoggedEvent(0, "bench", id, 1, "bench.appended.v1", id, by, at, data), new CaseRecord(
                Id: id, Version: 1, Status: IncidentStatus.Reported, Source: IncidentSource.Patrol,
                Category: "environment.rubbish", Urgency: Urgency.Normal, Title: $"case {id}", Description: null,
                GridCode: "320412101001-01", VillageCode: "320412101001", TownCode: "320412101", DistrictCode: "320412",
                Level: null, Handler: null, ReporterId: by.Id, ReporterRole: by.Role,
                Latitude: null, Longitude: null, Address: null, ReportedAt: at, FiledAt: null, ClosedAt: null,
                DueAt: null, StageDueAt: null, RedAt: null, YellowAt: null, StoppedAt: null, UpdatedAt: at,
                MergedInto: null, Parties: [by.Id]));
        }

        await shape.Warm(Append);
        return await shape.Measure(Append);
    }
}
