namespace GridActors.Workers;

/// <summary>专职 full-time, 专属 exclusive (for one enterprise, school, park…), or 兼职 volunteer / party member.</summary>
public enum WorkerKind { FullTime, Exclusive, Volunteer }
