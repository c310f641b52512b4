namespace GridActors.Incidents;

/// <summary>Where a case stands in its lifecycle (事件处置流程).</summary>
public enum IncidentStatus
{
    /// <summary>上报: reported, not yet looked at.</summary>
    Reported,
    /// <summary>立案: accepted as a case, awaiting dispatch.</summary>
    Filed,
    /// <summary>不予立案: invalid or duplicate; final.</summary>
    Rejected,
    /// <summary>派遣: sent to a handler at a level, awaiting acknowledgement.</summary>
    Dispatched,
    /// <summary>签收: the handler has acknowledged and is handling it.</summary>
    Accepted,
    /// <summary>回退: the handler said "not ours"; awaiting re-dispatch.</summary>
    Returned,
    /// <summary>处置反馈: the handler reported a result; awaiting verification.</summary>
    Resolved,
    /// <summary>返工: verification failed; back with the handler.</summary>
    Reworked,
    /// <summary>核查: checked on site; awaiting closure.</summary>
    Verified,
    /// <summary>结案: closed.</summary>
    Closed,
    /// <summary>综合评价: closed and evaluated; final.</summary>
    Evaluated,
    /// <summary>缓办: handling deferred by approval; the clock is stopped until resumed.</summary>
    Deferred,
    /// <summary>合并: a duplicate report merged into another open case, which carries on for it; final.</summary>
    Merged,
}

public static class IncidentStatusExtensions
{
    /// <summary>Open cases are the ones still counted on a board.</summary>
    public static bool IsOpen(this IncidentStatus status) =>
        status is not (IncidentStatus.Rejected or IncidentStatus.Closed or IncidentStatus.Evaluated or IncidentStatus.Merged);
}
