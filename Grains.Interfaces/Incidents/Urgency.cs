namespace GridActors.Incidents;

/// <summary>一般 / 紧急 / 特急: sets the time limits.</summary>
public enum Urgency { Normal, Urgent, VeryUrgent }
