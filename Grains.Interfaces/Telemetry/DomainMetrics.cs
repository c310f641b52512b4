using System.Diagnostics.Metrics;

namespace GridActors.Telemetry;

/// <summary>The domain's own meter, "GridActors": what an operator of the platform watches besides
/// the framework's figures. Static, since every host in a process (a co-hosted silo and its gateway)
/// shares one meter; a listener (OpenTelemetry) sees them once it names <see cref="MeterName"/>.</summary>
public static class DomainMetrics
{
    public const string MeterName = "GridActors";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Reports = Meter.CreateCounter<long>(
        "gridactors.reports.filed", "{report}", "Reports that opened a case, by district and source");

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "gridactors.commands", "{command}", "Case commands decided, by kind and outcome (applied, refused, repeated)");

    private static readonly Counter<long> Pushes = Meter.CreateCounter<long>(
        "gridactors.pushes.sent", "{push}", "Live events a gateway sent to its SignalR clients, by event");

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "gridactors.webhook.deliveries", "{delivery}", "Webhook deliveries, by outcome (ok, failed)");

    private static readonly Counter<long> Overdue = Meter.CreateCounter<long>(
        "gridactors.cases.overdue", "{case}", "Times a case's light turned red, by district");

    /// <summary>The district is the tag rather than the grid: a province has about a hundred
    /// districts but a hundred thousand grids, too many series for a scrape.</summary>
    public static void ReportFiled(string gridCode, string source) =>
        Reports.Add(1, new("district", DistrictOf(gridCode)), new("source", source));

    public static void CommandDecided(string kind, CommandOutcome outcome) =>
        Commands.Add(1, new("kind", kind), new("outcome", outcome.ToString().ToLowerInvariant()));

    public static void PushSent(string eventName) => Pushes.Add(1, new KeyValuePair<string, object?>("event", eventName));

    public static void WebhookDelivered(bool ok) => Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", ok ? "ok" : "failed"));

    public static void CaseOverdue(string gridCode) => Overdue.Add(1, new KeyValuePair<string, object?>("district", DistrictOf(gridCode)));

    private static string DistrictOf(string gridCode) => gridCode.Length >= 6 ? gridCode[..6] : gridCode;
}

public enum CommandOutcome
{
    Applied,
    Refused,
    /// <summary>A retry of a command already applied: answered, not applied again.</summary>
    Repeated,
}
