using GridActors.Configuration;
using GridActors.Log;
using Orleans.Concurrency;

namespace GridActors.Assessment;

/// <summary>Reads the log and runs <see cref="Assessment"/>: no state, so any silo, as many at once
/// as the load needs.</summary>
[StatelessWorker, Reentrant]
public sealed class AssessmentGrain(IEventLog log, LiveConfiguration live) : Grain, IAssessmentGrain
{
    private const int Page = 5000;

    public async Task<AssessmentReport?> Report(string area, DateTimeOffset from, DateTimeOffset to, int? formulaVersion)
    {
        if (await GrainFactory.GetGrain<IFormulaSetGrain>(0).Get(formulaVersion) is not { } document) return null;
        var (formulas, _) = FormulaSetFile.Read(document.Json, document.Version);
        var (events, calendar) = (await EventsBefore(to), live.Calendar);
        // Seconds of CPU for a district's month: off the silo's scheduler, so other grains' turns go on meanwhile.
        return await Task.Run(() => Assessment.Compute(events, formulas!, calendar, area, new Period(from, to)));
    }

    public async Task<Figure> Compliance(string area, DateTimeOffset from, DateTimeOffset to)
    {
        var (compliant, days) = new GridOperationCompliance(await EventsBefore(to), new Period(from, to), live.Calendar).Of(area);
        var version = (await GrainFactory.GetGrain<IFormulaSetGrain>(0).Get(null))!.Version;
        return Scoring.Figure(Indicator.Compliance, compliant, days, version);
    }

    /// <summary>The whole log up to the period's end, in sequence order. Events are appended at their
    /// own time, so an event before the end is in the log once the end has passed.</summary>
    private async Task<List<LoggedEvent>> EventsBefore(DateTimeOffset end)
    {
        var events = new List<LoggedEvent>();
        for (var after = 0L; ;)
        {
            var page = await log.ReadAfter(after, Page);
            if (page.Count == 0) return events;
            events.AddRange(page.Where(e => e.At < end));
            after = page[^1].Sequence;
        }
    }
}
