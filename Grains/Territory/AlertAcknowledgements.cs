using GridActors.Access;

namespace GridActors.Territory;

/// <summary>Who may acknowledge a grid's alert, and what the acknowledgement records: the command
/// centre watching the grid (its operators and supervisors), by id and time. A repeat changes nothing.</summary>
public static class AlertAcknowledgements
{
    /// <summary>The alert as acknowledged (the held one when it already was), or why not.</summary>
    public static (Alert? Acknowledged, Refusal? Refusal) Decide(Alert? open, string grid, string alertId, Actor actor, DateTimeOffset now) =>
        !(actor.Role is Role.Operator or Role.Supervisor && actor.Covers(grid))
            ? (null, Refusal.NotPermitted($"{actor.Role} {actor.Id} may not acknowledge the alerts of grid {grid}"))
            : open is null ? (null, Refusal.NotFound($"no open alert {alertId} in grid {grid}"))
            : open.AcknowledgedAt is not null ? (open, null)
            : (open with { AcknowledgedBy = actor.Id, AcknowledgedAt = now }, null);
}
