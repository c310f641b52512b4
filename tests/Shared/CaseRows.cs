using GridActors.Access;
using GridActors.Incidents;
using GridActors.Log;

namespace GridActors.Tests;

/// <summary>Case rows written through the event log, as the case grain writes them, for testing
/// what reads them without running each case through its lifecycle.</summary>
public static class CaseRows
{
    /// <summary>The rows' own stream, so nothing reading cases' events meets them.</summary>
    private const string Stream = "test-case-row";

    private static readonly Actor Writer = new(Actor.SystemId, Role.Admin, "");

    /// <summary>A reported case in a grid, with nothing else set.</summary>
    public static CaseRecord New(string id, string grid, DateTimeOffset reportedAt) => new(
        Id: id, Version: 1, Status: IncidentStatus.Reported, Source: IncidentSource.Patrol,
        Category: "environment.rubbish", Urgency: Urgency.Normal, Title: $"case {id}", Description: null,
        GridCode: grid, VillageCode: grid[..12], TownCode: grid[..9], DistrictCode: grid[..6],
        Level: null, Handler: null, ReporterId: "w-reporter", ReporterRole: Role.Worker,
        Latitude: null, Longitude: null, Address: null, ReportedAt: reportedAt, FiledAt: null, ClosedAt: null,
        DueAt: null, StageDueAt: null, RedAt: null, YellowAt: null, StoppedAt: null, UpdatedAt: reportedAt,
        MergedInto: null, Parties: []);

    /// <summary>Each row with an event of its version, all at once so the log commits them together.
    /// A row must carry a version its case has not had yet.</summary>
    public static async Task PutAsync(this IEventLog log, IEnumerable<CaseRecord> rows)
    {
        var appended = await Task.WhenAll(rows.Select(row => log.Append(
            new LoggedEvent(0, Stream, row.Id, row.Version, "test.case-row.v1", $"{row.Id}@{row.Version}", Writer, row.UpdatedAt, "{}"), row)));
        Assert.All(appended, Assert.True);
    }
}
