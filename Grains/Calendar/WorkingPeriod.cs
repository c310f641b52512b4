namespace GridActors.Calendar;

/// <summary>One stretch of office hours within a working day, from <see cref="From"/> up to but not
/// including <see cref="To"/>, on the China Standard Time clock.</summary>
public readonly record struct WorkingPeriod(TimeOnly From, TimeOnly To)
{
    public TimeSpan Length => To - From;

    public override string ToString() => $"{From:HH\\:mm}-{To:HH\\:mm}";
}
