namespace GridActors.Incidents;

/// <summary>A kind of case (事件类别): the level that usually handles it, the department it belongs
/// to if any, and its time limits.</summary>
public sealed record Category(
    string Code,
    string NameZh,
    string NameEn,
    HandlingLevel DefaultLevel,
    string? Department,
    CategoryLimits Limits)
{
    /// <summary>The limit for the whole case.</summary>
    public TimeLimit LimitFor(Urgency urgency) => Limits.Case.For(urgency);

    public TimeLimit LimitFor(Stage stage, Urgency urgency) => Limits.For(stage).For(urgency);
}
