using System.Globalization;
using System.Xml.Linq;
using GridActors.Warnings;

namespace GridActors.Gateway.Warnings;

/// <summary>One version of a warning as a CAP 1.2 alert message (OASIS Common Alerting Protocol; China's
/// GB/T 35965.1 follows it): the first version is an <c>Alert</c>, a change an <c>Update</c>, the clearing
/// a <c>Cancel</c>, each referencing every earlier message of the warning. Restricted to the command
/// centres; texts in Chinese.</summary>
public static class CapAlert
{
    public const string MediaType = "application/cap+xml";
    public static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>The message of <paramref name="version"/> (1 is the first) of the warning.</summary>
    public static XDocument Of(WarningHistory history, int version, CapSender sender, XElement area)
    {
        var w = history.Versions[version - 1];
        var earlier = history.Versions.Take(version - 1).ToList();
        var msgType = version == 1 ? "Alert" : w.IsOpen ? "Update" : "Cancel";
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Cap + "alert",
            new XElement(Cap + "identifier", Identifier(w)),
            new XElement(Cap + "sender", sender.Name),
            new XElement(Cap + "sent", Time(w.ChangedAt)),
            new XElement(Cap + "status", "Actual"),
            new XElement(Cap + "msgType", msgType),
            new XElement(Cap + "scope", "Restricted"),
            new XElement(Cap + "restriction", "仅限辖区各级网格化指挥中心"),
            new XElement(Cap + "code", "GridActors-warning-1"),
            earlier.Count == 0 ? null
                : new XElement(Cap + "references", string.Join(' ', earlier.Select(e => $"{sender.Name},{Identifier(e)},{Time(e.ChangedAt)}"))),
            new XElement(Cap + "incidents", w.Id),
            Info(w, area)));
    }

    /// <summary>The message's identifier: the warning's id and version, unique to the sender.</summary>
    public static string Identifier(EarlyWarning w) => $"gridactors-{w.Id}-v{w.Version}";

    /// <summary>CAP's dateTime: seconds, and the offset written out (China time).</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(ChinaTime).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static XElement Info(EarlyWarning w, XElement area)
    {
        var (urgency, severity, certainty) = Weight(w.Kind);
        return new XElement(Cap + "info",
            new XElement(Cap + "language", "zh-CN"),
            new XElement(Cap + "category", Category(w)),
            new XElement(Cap + "event", Event(w.Kind)),
            new XElement(Cap + "responseType", w.IsOpen ? "Monitor" : "AllClear"),
            new XElement(Cap + "urgency", w.IsOpen ? urgency : "Past"),
            new XElement(Cap + "severity", severity),
            new XElement(Cap + "certainty", certainty),
            new XElement(Cap + "effective", Time(w.RaisedAt)),
            new XElement(Cap + "senderName", "网格化综合指挥平台"),
            new XElement(Cap + "headline", w.IsOpen ? w.Text : $"已解除：{w.Text}"),
            new XElement(Cap + "description", w.IsOpen ? w.Description : $"{Time(w.ClearedAt!.Value)} 起不再满足预警条件，预警解除。原预警：{w.Description}"),
            new XElement(Cap + "parameter", new XElement(Cap + "valueName", "figure"), new XElement(Cap + "value", Number(w.Figure))),
            new XElement(Cap + "parameter", new XElement(Cap + "valueName", "threshold"), new XElement(Cap + "value", Number(w.Threshold))),
            area);
    }

    private static string Event(WarningKind kind) => kind switch
    {
        WarningKind.Surge => "类别事件激增",
        WarningKind.RepeatSpot => "重复发生点",
        WarningKind.OverdueCluster => "超期事件聚集",
        WarningKind.ShareDrift => "区镇两级流转占比偏离",
        WarningKind.Compliance => "网格规范达标率偏低",
        _ => kind.ToString(),
    };

    /// <summary>How pressing, how bad and how sure, by kind: a surge is a statistical inference (likely),
    /// the others are counted facts (observed); overdue cases want action now.</summary>
    private static (string Urgency, string Severity, string Certainty) Weight(WarningKind kind) => kind switch
    {
        WarningKind.Surge => ("Expected", "Moderate", "Likely"),
        WarningKind.OverdueCluster => ("Immediate", "Moderate", "Observed"),
        _ => ("Future", "Minor", "Observed"),
    };

    /// <summary>CAP's category from the case category's family; what is not about one category is "Other".</summary>
    private static string Category(EarlyWarning w) => (w.Category ?? "").Split('.')[0] switch
    {
        "environment" => "Env",
        "safety" => "Safety",
        "construction" or "facilities" or "facility" => "Infra",
        "order" or "dispute" or "key-person" => "Security",
        "vulnerable" => "Health",
        _ => w.Kind == WarningKind.RepeatSpot ? "Safety" : "Other",
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
