using GridActors.Incidents;

namespace GridActors.Gateway.Open311;

/// <summary>The lifecycle's Chinese terms, as the command centres say them.</summary>
public static class StatusNames
{
    public static string Chinese(IncidentStatus status) => status switch
    {
        IncidentStatus.Reported => "上报",
        IncidentStatus.Filed => "立案",
        IncidentStatus.Rejected => "不予立案",
        IncidentStatus.Dispatched => "派遣",
        IncidentStatus.Accepted => "签收",
        IncidentStatus.Returned => "回退",
        IncidentStatus.Resolved => "处置反馈",
        IncidentStatus.Reworked => "返工",
        IncidentStatus.Verified => "核查",
        IncidentStatus.Closed => "结案",
        IncidentStatus.Evaluated => "综合评价",
        IncidentStatus.Deferred => "缓办",
        IncidentStatus.Merged => "合并",
        _ => status.ToString(),
    };
}
