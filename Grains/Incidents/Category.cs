namespace GridActors.Incidents;

/// <summary>A kind of case (事件类别) with the level that usually handles it and its time limit for
/// the whole case per urgency.</summary>
public sealed record Category(
    string Code,
    string NameZh,
    string NameEn,
    HandlingLevel DefaultLevel,
    TimeSpan NormalLimit,
    TimeSpan UrgentLimit,
    TimeSpan VeryUrgentLimit)
{
    public TimeSpan LimitFor(Urgency urgency) => urgency switch
    {
        Urgency.VeryUrgent => VeryUrgentLimit,
        Urgency.Urgent => UrgentLimit,
        _ => NormalLimit,
    };
}
