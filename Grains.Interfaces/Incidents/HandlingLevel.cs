namespace GridActors.Incidents;

/// <summary>Who handles a case: the grid's worker (网格自处), an area's command centre, or a department.
/// The order is the escalation order.</summary>
public enum HandlingLevel { Grid, Village, Town, District, Department }
