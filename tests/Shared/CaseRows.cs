using System.Data.Common;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Silo.Storage.Cases;

namespace GridActors.Tests;

/// <summary>Case rows written straight into a database's <c>cases</c> and <c>case_parties</c>, for
/// testing what reads them without running cases through their lifecycle.</summary>
public static class CaseRows
{
    /// <summary>A reported case in a grid, with nothing else set.</summary>
    public static CaseRecord New(string id, string grid, DateTimeOffset reportedAt) => new(
        Id: id, Version: 1, Status: IncidentStatus.Reported, Source: IncidentSource.Patrol,
        Category: "environment.rubbish", Urgency: Urgency.Normal, Title: $"case {id}", Description: null,
        GridCode: grid, VillageCode: grid[..12], TownCode: grid[..9], DistrictCode: grid[..6],
        Level: null, Handler: null, ReporterId: "w-reporter", ReporterRole: Role.Worker,
        Latitude: null, Longitude: null, Address: null, ReportedAt: reportedAt, FiledAt: null, ClosedAt: null,
        DueAt: null, StageDueAt: null, RedAt: null, YellowAt: null, StoppedAt: null, UpdatedAt: reportedAt,
        MergedInto: null, Parties: []);

    public static async Task PutAsync(DbConnection connection, CaseDialect dialect, CaseRecord row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO cases (id, version, status, source, category, urgency, title, description, grid_code,
                village_code, town_code, district_code, level, handler, reporter_id, reporter_role, latitude,
                longitude, address, reported_at, filed_at, closed_at, due_at, stage_due_at, red_at, yellow_at,
                stopped_at, updated_at, merged_into)
            VALUES (@id, @version, @status, @source, @category, @urgency, @title, @description, @grid_code,
                @village_code, @town_code, @district_code, @level, @handler, @reporter_id, @reporter_role, @latitude,
                @longitude, @address, @reported_at, @filed_at, @closed_at, @due_at, @stage_due_at, @red_at, @yellow_at,
                @stopped_at, @updated_at, @merged_into)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, status = excluded.status,
                level = excluded.level, handler = excluded.handler, closed_at = excluded.closed_at,
                due_at = excluded.due_at, red_at = excluded.red_at, yellow_at = excluded.yellow_at,
                stopped_at = excluded.stopped_at, updated_at = excluded.updated_at, title = excluded.title
            """;
        object? I(DateTimeOffset? at) => at is { } v ? dialect.Instant(v) : null;
        Add(command, "id", row.Id); Add(command, "version", row.Version); Add(command, "status", row.Status.ToString());
        Add(command, "source", row.Source.ToString()); Add(command, "category", row.Category);
        Add(command, "urgency", row.Urgency.ToString()); Add(command, "title", row.Title);
        Add(command, "description", row.Description); Add(command, "grid_code", row.GridCode);
        Add(command, "village_code", row.VillageCode); Add(command, "town_code", row.TownCode);
        Add(command, "district_code", row.DistrictCode); Add(command, "level", row.Level?.ToString());
        Add(command, "handler", row.Handler); Add(command, "reporter_id", row.ReporterId);
        Add(command, "reporter_role", row.ReporterRole.ToString()); Add(command, "latitude", row.Latitude);
        Add(command, "longitude", row.Longitude); Add(command, "address", row.Address);
        Add(command, "reported_at", I(row.ReportedAt)); Add(command, "filed_at", I(row.FiledAt));
        Add(command, "closed_at", I(row.ClosedAt)); Add(command, "due_at", I(row.DueAt));
        Add(command, "stage_due_at", I(row.StageDueAt)); Add(command, "red_at", I(row.RedAt));
        Add(command, "yellow_at", I(row.YellowAt)); Add(command, "stopped_at", I(row.StoppedAt));
        Add(command, "updated_at", I(row.UpdatedAt)); Add(command, "merged_into", row.MergedInto);
        await command.ExecuteNonQueryAsync();

        foreach (var party in row.Parties)
        {
            await using var parties = connection.CreateCommand();
            parties.CommandText = "INSERT INTO case_parties (party, case_id) VALUES (@party, @case_id) ON CONFLICT DO NOTHING";
            Add(parties, "party", party);
            Add(parties, "case_id", row.Id);
            await parties.ExecuteNonQueryAsync();
        }
    }

    static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
