namespace GridActors.Incidents;

/// <summary>The traffic light of a case at an instant, from its clocks alone: red once the case or
/// stage deadline has come, yellow once either warning instant has, green before. A stopped clock
/// (deferred, closed) reads as at the instant it stopped.</summary>
public static class Lights
{
    public static Light Of(Deadlines d, DateTimeOffset now)
    {
        var at = d.StoppedAt ?? now;
        if (Reached(d.CaseDue, at) || Reached(d.StageDue, at)) return Light.Red;
        if (Reached(d.CaseWarn, at) || Reached(d.StageWarn, at)) return Light.Yellow;
        return Light.Green;
    }

    private static bool Reached(DateTimeOffset? instant, DateTimeOffset at) => instant is { } i && i <= at;
}
