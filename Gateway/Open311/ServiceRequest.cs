using System.Xml.Linq;
using GridActors.Incidents;

namespace GridActors.Gateway.Open311;

/// <summary>What Open311 tells of a case, read alike from a case row (lists) or a case file (one
/// case): the two sources give the same answer for the same case.</summary>
public sealed record ServiceRequest(
    string Id, IncidentStatus Status, string Category, string? Description, string GridCode,
    HandlingLevel? Level, string? Handler, DateTimeOffset ReportedAt, DateTimeOffset UpdatedAt, DateTimeOffset? DueAt,
    double? Latitude, double? Longitude, string? Address)
{
    public static ServiceRequest Of(CaseRecord row) => new(
        row.Id, row.Status, row.Category, row.Description, row.GridCode, row.Level, row.Handler,
        row.ReportedAt, row.UpdatedAt, row.DueAt, row.Latitude, row.Longitude, row.Address);

    public static ServiceRequest Of(IncidentView view) => new(
        view.Id, view.Status, view.Category, view.Description, view.GridCode, view.Level, view.Handler,
        view.ReportedAt, view.History[^1].At, view.DueAt, view.Location?.Latitude, view.Location?.Longitude, view.Address);

    /// <summary>Open while the case is still worked on; closed once closed, evaluated, rejected or merged.</summary>
    public string OpenOrClosed => Status.IsOpen() ? "open" : "closed";

    /// <summary>The handling level and who holds it: a grid (not the worker, whose name is theirs),
    /// an area's command centre, or a department; the district's command centre before dispatch.</summary>
    public string Agency => Level switch
    {
        HandlingLevel.Grid => $"Grid {GridCode}",
        HandlingLevel.Department => $"Department {Handler}",
        { } level => $"{level} {Handler}",
        null => $"District {GridCode[..6]}",
    };

    public XElement Element(IReadOnlyDictionary<string, Service> services) => Tree.Object("request",
        Tree.Text("service_request_id", Id),
        Tree.Text("status", OpenOrClosed),
        Tree.Text("status_notes", $"{Status} ({StatusNames.Chinese(Status)})"),
        Tree.Text("service_name", services.TryGetValue(Category, out var service) ? service.NameZh : Category),
        Tree.Text("service_code", Category),
        Tree.Text("description", Description),
        Tree.Text("agency_responsible", Agency),
        Tree.Text("service_notice", null),
        Tree.Instant("requested_datetime", ReportedAt),
        Tree.Instant("updated_datetime", UpdatedAt),
        Tree.Instant("expected_datetime", DueAt),
        Tree.Text("address", Address),
        Tree.Text("address_id", GridCode),
        Tree.Text("zipcode", null),
        Tree.Number("lat", Latitude),
        Tree.Number("long", Longitude),
        Tree.Text("media_url", null));
}
