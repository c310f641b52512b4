using System.Text.Json;
using System.Text.Json.Serialization;
using GridActors.Log;

namespace GridActors.Incidents.Log;

/// <summary>Between a case's history entries (<see cref="IncidentEvent"/>, what the API shows) and
/// the typed events the log stores (<see cref="CaseEvent"/>).</summary>
public static class CaseEvents
{
    /// <summary>The log's stream for cases.</summary>
    public const string Stream = LogStreams.Case;

    /// <summary>camelCase, enums by name: readable by integrations, and stable when an enum grows.
    /// PostgreSQL's jsonb reorders keys, so the type need not come first.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static LoggedEvent ToLogged(string caseId, IncidentEvent e, Report? report)
    {
        var typed = Typed(e, report);
        var data = JsonSerializer.SerializeToElement(typed, Json);
        return new LoggedEvent(0, Stream, caseId, e.Version, data.GetProperty("type").GetString()!, e.CommandId, e.By, e.At, data.GetRawText());
    }

    /// <summary>The history entry a stored event was, and the report it carried if it is the first.</summary>
    public static (IncidentEvent Event, Report? Report) FromLogged(LoggedEvent logged)
    {
        var typed = JsonSerializer.Deserialize<CaseEvent>(logged.Data, Json)
            ?? throw new InvalidDataException($"case {logged.EntityId} v{logged.Version}: empty event data");
        var e = new IncidentEvent(logged.Version, EventKind.Reported, logged.CommandId, logged.By, logged.At, typed.Status,
            typed.Level, typed.Handler, Deadline: typed.Deadline, Deadlines: typed.Deadlines);
        return typed switch
        {
            CaseReported r => (e with { Text = r.Title, LikelyDuplicateOf = r.LikelyDuplicateOf },
                new Report(r.Source, r.Category, r.Urgency, r.Title, r.GridCode, r.Description, r.Location, r.Address)),
            CaseFiled f => (e with { Kind = EventKind.Filed, Text = f.Note }, null),
            CaseRejected r => (e with { Kind = EventKind.Rejected, Text = r.Reason }, null),
            CaseDispatched d => (e with { Kind = EventKind.Dispatched, Text = d.Note }, null),
            CaseAccepted => (e with { Kind = EventKind.Accepted }, null),
            CaseReturned r => (e with { Kind = EventKind.Returned, Text = r.Reason }, null),
            CaseResolved r => (e with { Kind = EventKind.Resolved, Text = r.Result, PhotoUrls = r.PhotoUrls }, null),
            CaseVerified v => (e with { Kind = EventKind.Verified, Text = v.Note }, null),
            CaseReworked r => (e with { Kind = EventKind.Reworked, Text = r.Reason }, null),
            CaseClosed c => (e with { Kind = EventKind.Closed, Text = c.Note }, null),
            CaseEvaluated v => (e with { Kind = EventKind.Evaluated, Text = v.Comment, Satisfaction = v.Satisfaction }, null),
            CaseEscalated x => (e with { Kind = EventKind.Escalated, Text = x.Reason }, null),
            CaseExtended x => (e with { Kind = EventKind.Extended, Text = x.Reason }, null),
            CaseDeferred d => (e with { Kind = EventKind.Deferred, Text = d.Reason }, null),
            CaseResumed r => (e with { Kind = EventKind.Resumed, Text = r.Note }, null),
            CaseSupervised s => (e with { Kind = EventKind.Supervised, Text = s.Notice }, null),
            CaseMerged m => (e with { Kind = EventKind.Merged, Text = m.Note, OtherCase = m.Into }, null),
            CaseReportersAdded a => (e with { Kind = EventKind.ReportersAdded, Text = a.Note, OtherCase = a.From, Reporters = a.Reporters }, null),
            CaseAttached a => (e with { Kind = EventKind.Attached, Attachment = new(a.Hash, a.MediaType, a.Size) }, null),
            CaseMutuallyEvaluated m => (e with { Kind = EventKind.MutuallyEvaluated, Side = m.Side, Satisfaction = m.Score, Text = m.Note }, null),
            _ => throw new InvalidDataException($"case {logged.EntityId} v{logged.Version}: unknown event type {logged.Type}"),
        };
    }

    private static CaseEvent Typed(IncidentEvent e, Report? report)
    {
        CaseEvent typed = e.Kind switch
        {
            EventKind.Reported => new CaseReported(report!.Source, report.Category, report.Urgency, report.Title, report.Description,
                report.GridCode!, report.Location, report.Address, e.LikelyDuplicateOf) { Status = e.Status },
            EventKind.Filed => new CaseFiled(e.Text) { Status = e.Status },
            EventKind.Rejected => new CaseRejected(e.Text) { Status = e.Status },
            EventKind.Dispatched => new CaseDispatched(e.Text) { Status = e.Status },
            EventKind.Accepted => new CaseAccepted { Status = e.Status },
            EventKind.Returned => new CaseReturned(e.Text) { Status = e.Status },
            EventKind.Resolved => new CaseResolved(e.Text, e.PhotoUrls) { Status = e.Status },
            EventKind.Verified => new CaseVerified(e.Text) { Status = e.Status },
            EventKind.Reworked => new CaseReworked(e.Text) { Status = e.Status },
            EventKind.Closed => new CaseClosed(e.Text) { Status = e.Status },
            EventKind.Evaluated => new CaseEvaluated(e.Satisfaction, e.Text) { Status = e.Status },
            EventKind.Escalated => new CaseEscalated(e.Text) { Status = e.Status },
            EventKind.Extended => new CaseExtended(e.Text) { Status = e.Status },
            EventKind.Deferred => new CaseDeferred(e.Text) { Status = e.Status },
            EventKind.Resumed => new CaseResumed(e.Text) { Status = e.Status },
            EventKind.Supervised => new CaseSupervised(e.Text) { Status = e.Status },
            EventKind.Merged => new CaseMerged(e.OtherCase!, e.Text) { Status = e.Status },
            EventKind.ReportersAdded => new CaseReportersAdded(e.OtherCase!, e.Reporters ?? [], e.Text) { Status = e.Status },
            EventKind.Attached => new CaseAttached(e.Attachment!.Hash, e.Attachment.MediaType, e.Attachment.Size) { Status = e.Status },
            EventKind.MutuallyEvaluated => new CaseMutuallyEvaluated(e.Side!.Value, e.Satisfaction!.Value, e.Text) { Status = e.Status },
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "no stored form for this kind of event"),
        };
        return typed with { Level = e.Level, Handler = e.Handler, Deadlines = e.Deadlines, Deadline = e.Deadline };
    }
}
