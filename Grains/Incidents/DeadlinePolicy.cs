namespace GridActors.Incidents;

/// <summary>How the platform reads its time limits, beyond the catalogue's amounts.</summary>
/// <param name="WarnShare">The share of a limit used when its light turns yellow: 0.75 means a
/// quarter of the limit is left (counted in working time for working-time limits).</param>
/// <param name="EscalateAfterOverdue">Working time a handler keeps an overdue case after the
/// supervision notice before it goes up a level: one working day of the default office hours
/// (7.5 hours), so the handler gets a full working day's chance to respond to 督办.</param>
public sealed record DeadlinePolicy(decimal WarnShare, TimeSpan EscalateAfterOverdue)
{
    public static readonly DeadlinePolicy Default = new(0.75m, TimeSpan.FromHours(7.5));
}
