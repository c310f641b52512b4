using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Gateway.Incidents;

/// <summary>A report that gives a position instead of a grid goes to the grid the point lies in, as
/// this silo's copy of the territory has it; a point in no grid is refused, never dropped.</summary>
public static class ReportRouting
{
    public static async Task<(Report Report, Refusal? Refusal)> Routed(Report report, IGrainFactory grains)
    {
        if (!string.IsNullOrEmpty(report.GridCode)) return (report, null);
        if (report.Location is not { } point)
            return (report, Refusal.Invalid("gridCode", "a report names its grid code or gives its location"));
        if (!point.IsValid)
            return (report, Refusal.Invalid("location", Expected.Position));

        var located = await grains.GetGrain<ILocatorGrain>(0).Locate(point);
        return located.GridCode is { } grid
            ? (report with { GridCode = grid }, null)
            : (report, Refusal.Invalid("location", located.Detail));
    }
}
