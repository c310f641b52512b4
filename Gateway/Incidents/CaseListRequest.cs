using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Gateway.Incidents;

/// <summary>A list's query string as given, before <see cref="CaseListParameters"/> reads it; its
/// attributes are what the OpenAPI document says of each parameter.</summary>
public sealed record CaseListRequest(
    [FromQuery(Name = "area")][property: Description("A district, town, village or grid code: the cases whose grid lies in it")] string? Area,
    [FromQuery(Name = "status")][property: Description("Statuses, repeated or comma-separated, e.g. Filed,Dispatched")] string[]? Status,
    [FromQuery(Name = "light")][property: Description("Green, Yellow or Red at the time of the request; repeated or comma-separated")] string[]? Light,
    [FromQuery(Name = "category")][property: Description("A category id, e.g. environment.rubbish")] string? Category,
    [FromQuery(Name = "urgency")][property: Description("Normal, Urgent or VeryUrgent; repeated or comma-separated")] string[]? Urgency,
    [FromQuery(Name = "level")][property: Description("Grid, Village, Town, District or Department; repeated or comma-separated")] string[]? Level,
    [FromQuery(Name = "handler")][property: Description("The handler: a worker id, an area code or a department")] string? Handler,
    [FromQuery(Name = "source")][property: Description("Where reports came from, e.g. Hotline12345; repeated or comma-separated")] string[]? Source,
    [FromQuery(Name = "reportedFrom")][property: Description("Reported at or after this ISO 8601 instant")] string? ReportedFrom,
    [FromQuery(Name = "reportedTo")][property: Description("Reported before this ISO 8601 instant")] string? ReportedTo,
    [FromQuery(Name = "closedFrom")][property: Description("Closed at or after this ISO 8601 instant")] string? ClosedFrom,
    [FromQuery(Name = "closedTo")][property: Description("Closed before this ISO 8601 instant")] string? ClosedTo,
    [FromQuery(Name = "q")][property: Description("Text in the title or description, regardless of case")] string? Q,
    [FromQuery(Name = "sort")][property: Description("reportedAt, closedAt, dueAt or updatedAt, with :asc or :desc; default reportedAt:desc")] string? Sort,
    [FromQuery(Name = "cursor")][property: Description("The next of the page before")] string? Cursor,
    [FromQuery(Name = "limit")][property: Description("Cases per page, 1 to 200; default 50")] string? Limit,
    [FromQuery(Name = "count")][property: Description("true adds total, the number of cases the whole query matches")] string? Count);
