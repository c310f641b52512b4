namespace GridActors.Incidents;

/// <summary>What a time limit times: acceptance (签收), handling up to the result (处置), on-site
/// verification (核查), or the whole case from filing to closing (结案).</summary>
public enum Stage { Accept, Handle, Verify, Case }

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
