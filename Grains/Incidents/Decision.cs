namespace GridActors.Incidents;

/// <summary>The rules' answer: an event to apply, or a refusal.</summary>
public readonly record struct Decision(IncidentEvent? Event, Refusal? Refusal)
{
    public static implicit operator Decision(Refusal refusal) => new(null, refusal);
    public static implicit operator Decision(IncidentEvent e) => new(e, null);
}
