using System.Text.Json;
using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Assessment;

/// <summary>What one case counts for in a period, from its events (those before the period's end,
/// in version order): each fact is added to the case's grid, village, town and district, and to
/// the worker or department it concerns. The shipped formula set's descriptions say the same in words.</summary>
public static class CaseFacts
{
    public static void Count(IReadOnlyList<LoggedEvent> events, Period period, FormulaSet formulas, WorkingCalendar calendar, Tally tally)
    {
        if (events.Count == 0 || Typed(events[0]) is not CaseReported report) return;
        var c = new Replay(events[0], report, formulas, calendar);
        foreach (var e in events.Skip(1)) c.Apply(e, Typed(e));
        c.Finish(period.To);
        c.AddTo(tally, period);
    }

    private static CaseEvent Typed(LoggedEvent e) =>
        JsonSerializer.Deserialize<CaseEvent>(e.Data, CaseEvents.Json)
        ?? throw new InvalidDataException($"case {e.EntityId} v{e.Version}: empty event data");

    /// <summary>The worker or department a handler is; an area's command centre is already counted as its area.</summary>
    private static string? UnitOf(HandlingLevel? level, string? handler) => (level, handler) switch
    {
        (HandlingLevel.Grid, { } worker) => Tally.Worker(worker),
        (HandlingLevel.Department, { } department) => Tally.Department(department),
        _ => null,
    };

    private sealed class Replay(LoggedEvent reported, CaseReported report, FormulaSet formulas, WorkingCalendar calendar)
    {
        private readonly string[] areas = [report.GridCode, .. AreaCode.Ancestors(report.GridCode)];
        private readonly string? reporter = reported.By.Role == Access.Role.Worker ? Tally.Worker(reported.By.Id) : null;
        private DateTimeOffset? filedAt, closedAt, caseDue;
        private bool rejected, returned, extended, deferred, upper;
        private string? holder, resolver, handlingDepartment;
        private Wait? stage, dispatch;
        private readonly List<(string Indicator, string? Holder, DateTimeOffset At, bool OnTime)> decided = [];
        private readonly List<(DateTimeOffset At, string? Holder, bool Returned)> dispatches = [];
        private readonly List<(DateTimeOffset At, string? Resolver, bool Reworked)> resolutions = [];
        private readonly List<(DateTimeOffset At, int Satisfaction)> evaluations = [];
        private readonly List<(DateTimeOffset At, EvaluationSide Side, int Score)> mutual = [];

        public void Apply(LoggedEvent e, CaseEvent t)
        {
            switch (t)
            {
                case CaseFiled:
                    filedAt = e.At;
                    WaitForDispatch(e.At);
                    break;
                case CaseRejected or CaseMerged or CaseClosed:
                    rejected |= t is CaseRejected;
                    if (t is CaseClosed) closedAt = e.At;
                    EndDispatchWait(e.At, done: false);
                    break;
                case CaseDispatched or CaseEscalated:
                    EndDispatchWait(e.At, done: true);
                    holder = UnitOf(t.Level, t.Handler);
                    dispatches.Add((e.At, holder, false));
                    upper |= t.Level is HandlingLevel.Town or HandlingLevel.District or HandlingLevel.Department;
                    break;
                case CaseReturned:
                    returned = true;
                    if (dispatches.Count > 0) dispatches[^1] = dispatches[^1] with { Returned = true };
                    holder = null;
                    WaitForDispatch(e.At);
                    break;
                case CaseResolved:
                    resolver = UnitOf(t.Level, t.Handler);
                    if (t.Level == HandlingLevel.Department) handlingDepartment = resolver;
                    resolutions.Add((e.At, resolver, false));
                    break;
                case CaseReworked:
                    if (resolutions.Count > 0) resolutions[^1] = resolutions[^1] with { Reworked = true };
                    break;
                case CaseExtended:
                    extended = true;
                    break;
                case CaseDeferred:
                    deferred = true;
                    break;
                case CaseEvaluated { Satisfaction: { } satisfaction }:
                    evaluations.Add((e.At, satisfaction));
                    break;
                case CaseMutuallyEvaluated m:
                    mutual.Add((e.At, m.Side, m.Score));
                    break;
            }
            if (t.Deadlines is { } d) Clocks(e.At, t, d);
        }

        /// <summary>A stage ends when the clocks name another (or none); it is done when the step it
        /// waited for ended it.</summary>
        private void Clocks(DateTimeOffset at, CaseEvent t, Deadlines d)
        {
            caseDue = d.CaseDue ?? caseDue;
            if (stage is not null && (d.Stage != stage.Stage || d.StageVersion != stage.StageVersion))
            {
                var done = (stage.Stage, t) is (Stage.Accept, CaseAccepted) or (Stage.Handle, CaseResolved) or (Stage.Verify, CaseVerified or CaseReworked);
                Decide(stage, stage.End(at, done));
                stage = null;
            }
            if (stage is not null && d.StageDue is { } due) stage.Clock(due, d.StoppedAt);
            else if (stage is null && d is { Stage: Stage.Accept or Stage.Handle or Stage.Verify, StageDue: { } stageDue, StoppedAt: null })
                stage = new Wait(d.Stage switch
                {
                    Stage.Accept => Indicator.OnTimeAcceptance,
                    Stage.Handle => Indicator.OnTimeHandling,
                    _ => Indicator.OnTimeVerification,
                }, stageDue, d.Stage == Stage.Verify ? null : UnitOf(t.Level, t.Handler), d.Stage, d.StageVersion);
        }

        private void WaitForDispatch(DateTimeOffset from) =>
            dispatch = new Wait(Indicator.OnTimeDispatch, calendar.AddWorkingTime(from, formulas.DispatchLimit), null);

        private void EndDispatchWait(DateTimeOffset at, bool done)
        {
            if (dispatch is null) return;
            Decide(dispatch, dispatch.End(at, done));
            dispatch = null;
        }

        private void Decide(Wait wait, (DateTimeOffset At, bool OnTime)? outcome)
        {
            if (outcome is { } o) decided.Add((wait.Indicator, wait.Holder, o.At, o.OnTime));
        }

        /// <summary>What is still waiting when the period ends is late if its deadline has passed.</summary>
        public void Finish(DateTimeOffset end)
        {
            if (stage is not null) Decide(stage, stage.End(end, done: false));
            EndDispatchWait(end, done: false);
        }

        public void AddTo(Tally tally, Period period)
        {
            var responsible = resolver ?? holder;
            if (period.Contains(reported.At))
            {
                tally.Count(Indicator.ValidReport, filedAt is not null, [.. areas, reporter]);
                tally.Count(Indicator.RejectionShare, rejected, [.. areas, reporter]);
            }
            if (period.Contains(filedAt))
            {
                tally.Count(Indicator.ExtensionShare, extended, [.. areas, responsible]);
                tally.Count(Indicator.DeferralShare, deferred, [.. areas, responsible]);
                tally.Count(Indicator.ReturnShare, returned, [.. areas, responsible]);
                tally.Count(Indicator.TownDistrictShare, upper, [.. areas, responsible]);
            }
            var closedInPeriod = period.Contains(closedAt);
            if (filedAt is not null && (closedInPeriod || (period.Contains(caseDue) && !(closedAt < period.From))))
            {
                tally.Count(Indicator.Closure, closedInPeriod, [.. areas, responsible]);
                tally.Count(Indicator.OnTimeClosure, closedInPeriod && closedAt <= caseDue, [.. areas, responsible]);
            }
            foreach (var (indicator, by, at, onTime) in decided)
                if (period.Contains(at)) tally.Count(indicator, onTime, [.. areas, by]);
            foreach (var (at, to, wasReturned) in dispatches)
                if (period.Contains(at)) tally.Count(Indicator.DispatchAccuracy, !wasReturned, [.. areas, to]);
            foreach (var (at, by, reworked) in resolutions)
                if (period.Contains(at)) tally.Count(Indicator.Rework, reworked, [.. areas, by]);
            foreach (var (at, satisfaction) in evaluations)
                if (period.Contains(at)) tally.Count(Indicator.Satisfaction, satisfaction >= formulas.SatisfiedFrom, [.. areas, responsible]);
            foreach (var (at, side, score) in mutual)
                if (period.Contains(at)) tally.Add(Indicator.EvaluationReceived, score, side == EvaluationSide.Grid ? [handlingDepartment] : [.. areas]);
        }
    }
}
