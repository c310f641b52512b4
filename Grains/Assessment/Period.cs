namespace GridActors.Assessment;

/// <summary>[From, To): a day, a week, a month or any range.</summary>
public sealed record Period(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset t) => t >= From && t < To;

    public bool Contains(DateTimeOffset? t) => t is { } at && Contains(at);
}
