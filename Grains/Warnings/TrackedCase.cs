using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Warnings;

/// <summary>What the warning rules know of a case: where and when it was reported, what it is, where
/// it stands, at which level it is handled and when it is due.</summary>
public sealed record TrackedCase(
    string Id, string GridCode, string Category, GeoPoint? Location, DateTimeOffset ReportedAt,
    IncidentStatus Status, HandlingLevel? Level, DateTimeOffset? Deadline)
{
    public string Village => GridCode[..12];
    public string Town => GridCode[..9];
    public string District => GridCode[..6];

    /// <summary>Rejected (not a matter) or merged into another case (the same matter, counted there).</summary>
    public bool Discarded => Status is IncidentStatus.Rejected or IncidentStatus.Merged;

    /// <summary>Open and on the clock: a deferred case's clock is stopped.</summary>
    public bool Running => Status.IsOpen() && Status != IncidentStatus.Deferred;
}

/// <summary>A case as it was before an event of it (null for its report) and after.</summary>
public sealed record CaseChange(TrackedCase? Before, TrackedCase After);
