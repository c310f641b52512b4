namespace GridActors.Log;

/// <summary>Tells this silo's readers of the log that an event was just appended here, so a reader
/// such as a webhook subscription need not wait for its next poll. Appends on another silo are
/// found by the poll.</summary>
public sealed class LogAppends
{
    public event Action? Appended;

    public void Signal() => Appended?.Invoke();
}
