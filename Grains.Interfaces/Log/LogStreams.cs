namespace GridActors.Log;

/// <summary>The kinds of entity the log holds, by their stream name.</summary>
public static class LogStreams
{
    public const string Case = "case";
}
