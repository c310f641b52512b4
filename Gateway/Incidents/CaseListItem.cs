using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Gateway.Incidents;

/// <summary>One case in a list: enough to show it in a table and find it on a map; the whole case
/// file is <c>GET /api/v1/incidents/{id}</c>. <see cref="Light"/> is read at the time of the request.</summary>
public sealed record CaseListItem(
    string Id, long Version, IncidentStatus Status, Light Light, string Category, Urgency Urgency, string Title,
    string GridCode, string VillageCode, string TownCode, string DistrictCode, HandlingLevel? Level, string? Handler,
    IncidentSource Source, DateTimeOffset ReportedAt, DateTimeOffset? FiledAt, DateTimeOffset? ClosedAt,
    DateTimeOffset? DueAt, DateTimeOffset? StageDueAt, GeoPoint? Location, string? Address)
{
    public static CaseListItem Of(CaseRecord row, DateTimeOffset at) => new(
        row.Id, row.Version, row.Status, row.LightAt(at), row.Category, row.Urgency, row.Title,
        row.GridCode, row.VillageCode, row.TownCode, row.DistrictCode, row.Level, row.Handler,
        row.Source, row.ReportedAt, row.FiledAt, row.ClosedAt, row.DueAt, row.StageDueAt,
        row is { Latitude: { } latitude, Longitude: { } longitude } ? new GeoPoint(latitude, longitude) : null, row.Address);
}

/// <summary>A page of a case list. <see cref="Next"/> continues it (null on the last page);
/// <see cref="Total"/> counts the whole list, only when asked with <c>count=true</c>.</summary>
public sealed record CaseList(IReadOnlyList<CaseListItem> Items, string? Next, long? Total);
