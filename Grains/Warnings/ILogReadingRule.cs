using GridActors.Log;

namespace GridActors.Warnings;

/// <summary>A rule that needs more of the log than the cases' changes (the duty clocks' alerts, the
/// patrols, the territory): the engine hands it every event, in sequence order.</summary>
public interface ILogReadingRule
{
    void Read(LoggedEvent logged);
}
