namespace GridActors.Incidents;

/// <summary>Where a report came from.</summary>
public enum IncidentSource { Patrol, Hotline12345, Police, UrbanManagement, Public, Sensor }
