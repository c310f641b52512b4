namespace GridActors.Workers;

/// <summary>What a worker is doing now. On duty, on patrol and handling all count as on duty.</summary>
public enum DutyStatus { OffDuty, OnDuty, OnPatrol, Handling, OnLeave }
