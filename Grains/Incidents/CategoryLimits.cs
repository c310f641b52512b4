namespace GridActors.Incidents;

/// <summary>One stage's limits, by urgency.</summary>
public sealed record UrgencyLimits(TimeLimit Normal, TimeLimit Urgent, TimeLimit VeryUrgent)
{
    public TimeLimit For(Urgency urgency) => urgency switch
    {
        Urgency.VeryUrgent => VeryUrgent,
        Urgency.Urgent => Urgent,
        _ => Normal,
    };
}

/// <summary>A category's time limits for every stage and urgency.</summary>
public sealed record CategoryLimits(UrgencyLimits Accept, UrgencyLimits Handle, UrgencyLimits Verify, UrgencyLimits Case)
{
    public UrgencyLimits For(Stage stage) => stage switch
    {
        Stage.Accept => Accept,
        Stage.Handle => Handle,
        Stage.Verify => Verify,
        _ => Case,
    };
}
