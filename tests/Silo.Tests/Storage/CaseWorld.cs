using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests.Storage;

/// <summary>One grid of the demo district with one worker on duty: enough for a case to go its whole way.</summary>
public static class CaseWorld
{
    public const string Grid = "320412101001-01";
    public static readonly Actor Admin = new("admin", Role.Admin, "320412");
    public static readonly Actor Operator = new("op", Role.Operator, "320412101");
    public static readonly Actor Worker = new("w-1", Role.Worker, Grid);

    public static async Task Create(IGrainFactory grains)
    {
        Assert.Null(await grains.GetGrain<IGridGrain>(Grid).Define(new GridDefinition("Canal side", GridType.Community), Admin));
        Assert.Null(await grains.GetGrain<IWorkerGrain>(Worker.Id).Register(new WorkerProfile("Li Wei", WorkerKind.FullTime, [Grid], null), Admin));
        Assert.Null(await grains.GetGrain<IWorkerGrain>(Worker.Id).SetDuty(DutyStatus.OnDuty, Worker));
    }

    /// <summary>A report of rubbish in the grid, by its worker; filing it offers it to them.</summary>
    public static Report Report(int i) =>
        new(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, $"Report {i}", Grid, Location: new GeoPoint(31.7, 119.95));

    /// <summary>The <c>cases</c> row's columns a reader checks against the case's view, both back ends alike.</summary>
    public const string CaseColumns = "id, version, status, level, handler, category, title, grid_code, village_code, town_code, district_code";

    public static object?[] RowOf(IncidentView view) =>
    [
        view.Id, view.Version, view.Status.ToString(), view.Level?.ToString(), view.Handler, view.Category, view.Title,
        view.GridCode, view.AreaPath[0], view.AreaPath[1], view.AreaPath[2],
    ];
}
