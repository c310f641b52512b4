using System.Globalization;
using GridActors.Access;
using GridActors.Calendar;
using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>A grid's own duties as plain rules: the patrol cadence (巡查) and coverage during working
/// hours (无盲区). Decided from the stored state and the clock alone, so a tick that comes twice or late
/// finds the same alerts, under the same ids, and raises nothing twice.</summary>
public static class GridDutyRules
{
    /// <summary>At least one patrol a day, the cadence most grid work rules ask of a full-time worker.</summary>
    public static readonly TimeSpan DefaultPatrolCadence = TimeSpan.FromDays(1);
    public static readonly TimeSpan MinPatrolCadence = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxPatrolCadence = TimeSpan.FromDays(30);

    public static Refusal? CadenceProblem(TimeSpan cadence, Actor actor, string grid) =>
        !(actor.Role is Role.Admin or Role.Supervisor && actor.Covers(grid))
            ? Refusal.NotPermitted($"{actor.Role} {actor.Id} may not set the patrol cadence of grid {grid}")
            : cadence < MinPatrolCadence || cadence > MaxPatrolCadence
                ? Refusal.Invalid("cadence", "a patrol cadence is from 1 hour to 30 days")
                : null;

    public static DateTimeOffset PatrolDueAt(GridState grid) =>
        (grid.LastPatrolAt ?? grid.DutiesSince ?? DateTimeOffset.MinValue) + grid.PatrolCadence;

    /// <summary>The alerts to raise or clear now: each returned alert is either new (open) or an open
    /// one, now cleared.</summary>
    public static IReadOnlyList<Alert> Review(string code, GridState grid, DateTimeOffset now, WorkingCalendar calendar, bool anyAvailable)
    {
        var changes = new List<Alert>();
        var due = PatrolDueAt(grid);
        var patrolId = $"{code}:patrol:{Stamp(due)}";
        var open = grid.Alerts.Values;
        changes.AddRange(open.Where(a => a.Kind == AlertKind.PatrolOverdue && (now < due || a.Id != patrolId)).Select(a => a with { ClearedAt = now }));
        if (now >= due && !grid.Alerts.ContainsKey(patrolId))
            changes.Add(new(patrolId, code, AlertKind.PatrolOverdue, now, null, $"no patrol since {Local(due - grid.PatrolCadence)}"));

        var blind = calendar.IsWorkingTime(now) && !anyAvailable;
        var blindAlert = open.FirstOrDefault(a => a.Kind == AlertKind.BlindSpot);
        if (blind && blindAlert is null)
            changes.Add(new($"{code}:blind:{Stamp(now)}", code, AlertKind.BlindSpot, now, null, "no worker available in working hours"));
        else if (!blind && blindAlert is not null)
            changes.Add(blindAlert with { ClearedAt = now });
        return changes;
    }

    /// <summary>The next instant a review may find something new: the patrol falling due, or working
    /// hours beginning or ending.</summary>
    public static DateTimeOffset? NextInstant(GridState grid, DateTimeOffset now, WorkingCalendar calendar)
    {
        var due = PatrolDueAt(grid);
        var boundary = NextWorkingBoundary(calendar, now);
        return due > now && (boundary is null || due < boundary) ? due : boundary;
    }

    /// <summary>The first start or end of office hours after <paramref name="now"/>, looking a year ahead.</summary>
    public static DateTimeOffset? NextWorkingBoundary(WorkingCalendar calendar, DateTimeOffset now)
    {
        var local = now.ToOffset(WorkingCalendar.ChinaStandardTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i <= 366; i++, day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day)) continue;
            foreach (var period in calendar.Hours)
                foreach (var time in new[] { period.From, period.To })
                {
                    var at = new DateTimeOffset(day.ToDateTime(time), WorkingCalendar.ChinaStandardTime);
                    if (at > now) return at;
                }
        }
        return null;
    }

    /// <summary>Seconds since the epoch: what makes an alert id unique to the instant that raised it.</summary>
    public static string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Local(DateTimeOffset at) =>
        at.ToOffset(WorkingCalendar.ChinaStandardTime).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
