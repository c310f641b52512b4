using GridActors.Configuration;
using GridActors.Log;
using Orleans.Concurrency;

namespace GridActors.Assessment;

/// <summary>Reads the log and runs <see cref="Assessment"/>: no state, so any silo, as many at once
/// as the load needs.</summary>
[StatelessWorker, Reentrant]
public sealed class AssessmentGrain(IEventLog log, LiveConfiguration live) : Grain, IAssessmentGrain
{
    public async Task<AssessmentReport?> Report(string area, DateTimeOffset from, DateTimeOffset to, int? formulaVersion)
    {
        if (await GrainFactory.GetGrain<IFormulaSetGrain>(0).Get(formulaVersion) is not { } document) return null;
        var (formulas, _) = FormulaSetFile.Read(document.Json, document.Version);
        var (events, calendar) = (await log.ReadForPeriod(from, to), live.Calendar);
        // Seconds of CPU for a district's month: off the silo's scheduler, so other grains' turns go on meanwhile.
        return await Task.Run(() => Assessment.Compute(events, formulas!, calendar, area, new Period(from, to)));
    }

    public async Task<Figure> Compliance(string area, DateTimeOffset from, DateTimeOffset to)
    {
        var (compliant, days) = new GridOperationCompliance(await log.ReadForPeriod(from, to), new Period(from, to), live.Calendar).Of(area);
        var version = (await GrainFactory.GetGrain<IFormulaSetGrain>(0).Get(null))!.Version;
        return Scoring.Figure(Indicator.Compliance, compliant, days, version);
    }
}
