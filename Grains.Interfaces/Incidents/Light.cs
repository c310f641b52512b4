namespace GridActors.Incidents;

/// <summary>The traffic light boards show (红黄绿灯): green on time, yellow past the warning
/// instant, red past a deadline.</summary>
public enum Light { Green, Yellow, Red }
