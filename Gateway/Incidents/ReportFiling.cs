using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Gateway.Incidents;

/// <summary>The one way a report becomes a case, whichever API it came in by: routed by position to
/// its grid, checked against the reporter's area, and filed under the id its <c>Idempotency-Key</c>
/// gives (a fresh one without), so a retried report meets the first in one grain.</summary>
public static class ReportFiling
{
    /// <summary>The report as routed, and either the case it made (or made before, for a retry) or why not.</summary>
    public sealed record Outcome(Report Report, string? Id, CommandResult? Result, IncidentView? View, Refusal? Refusal);

    public static async Task<Outcome> File(Report report, string? key, Actor actor, IGrainFactory grains, TimeProvider clock)
    {
        (report, var unrouted) = await ReportRouting.Routed(report, grains);
        if (unrouted is not null) return new Outcome(report, null, null, null, unrouted);
        if (actor.Role is not (Role.Worker or Role.Department) && AreaCode.IsValid(report.GridCode) && !AreaCode.Contains(actor.Scope, report.GridCode))
            return new Outcome(report, null, null, null, Refusal.NotPermitted($"{actor.Id} may not report in {report.GridCode}"));

        var id = key is null ? Ids.NewIncidentId(clock) : CommandKeys.IncidentIdFor(actor, key);
        var incident = grains.GetGrain<IIncidentGrain>(id);
        var result = await incident.Handle(report, CommandKeys.CommandIdFor(actor, key), actor);
        return result.Refusal is { } refusal
            ? new Outcome(report, id, result, null, refusal)
            : new Outcome(report, id, result, await incident.Get(), null);
    }

    /// <summary>Whether a case filed under a key is this report again, rather than another report reusing the key.</summary>
    public static bool IsSameReport(IncidentView view, Report report) =>
        (view.Source, view.Category, view.Urgency, view.Title, view.GridCode) == (report.Source, report.Category, report.Urgency, report.Title, report.GridCode);
}
