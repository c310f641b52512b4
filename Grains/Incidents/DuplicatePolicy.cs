namespace GridActors.Incidents;

/// <summary>When a new report is flagged as a likely duplicate (疑似重复) of an open case: same
/// category, within <paramref name="Metres"/> of it, and reported at most <paramref name="Window"/>
/// after it.</summary>
public sealed record DuplicatePolicy(double Metres, TimeSpan Window)
{
    public static readonly DuplicatePolicy Default = new(50, TimeSpan.FromHours(72));
}
