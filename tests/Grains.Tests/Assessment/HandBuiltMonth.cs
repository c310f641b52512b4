using GridActors.Access;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Territory;
using static GridActors.Tests.Assessment.CaseLog;

namespace GridActors.Tests.Assessment;

/// <summary>June 2026 in a small district: town 320412101, village 320412101001, grids -01 and -02,
/// workers w-1 (grid -01) and w-2 (grid -02), the department "water". Six cases and four alerts,
/// each KPI counted by hand below; <see cref="Assessment"/>'s tests and the API's test expect exactly
/// these counts. June 1 2026 is a Monday; June 19 (端午节) is a holiday; working hours 08:30–12:00,
/// 13:30–17:30; the dispatch limit of formula set 1 is 30 working minutes.</summary>
public static class HandBuiltMonth
{
    public const string District = "320412";
    public const string Town = "320412101";
    public const string Village = "320412101001";
    public const string Grid1 = "320412101001-01";
    public const string Grid2 = "320412101001-02";
    public static readonly Actor W1 = new("w-1", Role.Worker, Grid1);
    public static readonly Actor W2 = new("w-2", Role.Worker, Grid2);
    public static readonly Actor Water = new("water-desk", Role.Department, "water");
    public static readonly Actor Hotline = new("hotline", Role.External, "12345");

    public static readonly DateTimeOffset From = At(6, 1, 0);
    public static readonly DateTimeOffset To = At(7, 1, 0);

    public static IReadOnlyList<LoggedEvent> Events { get; } =
    [
        // A (grid -01, reported by w-1): everything on time, the public satisfied (5).
        .. new CaseLog("case-a").Reported(At(6, 2, 9), W1, Grid1)
            .Filed(At(6, 2, 9, 10), caseDue: At(6, 4, 17))
            .Dispatched(At(6, 2, 9, 10), HandlingLevel.Grid, W1.Id, acceptDue: At(6, 2, 10, 10))
            .Accepted(At(6, 2, 9, 30), W1, handleDue: At(6, 3, 12))
            .Resolved(At(6, 3, 10), W1, verifyDue: At(6, 3, 17))
            .Verified(At(6, 3, 11))
            .Closed(At(6, 3, 14))
            .Evaluated(At(6, 4, 9), 5).Events,
        // B (grid -01, reported by the hotline): accepted an hour late, reworked once, the second
        // handling late, closed after its deadline, the public dissatisfied (2).
        .. new CaseLog("case-b").Reported(At(6, 8, 9), Hotline, Grid1)
            .Filed(At(6, 8, 9), caseDue: At(6, 10, 17))
            .Dispatched(At(6, 8, 9), HandlingLevel.Grid, W1.Id, acceptDue: At(6, 8, 10))
            .Accepted(At(6, 8, 11), W1, handleDue: At(6, 9, 12))
            .Resolved(At(6, 9, 10), W1, verifyDue: At(6, 9, 17))
            .Reworked(At(6, 9, 11), handleDue: At(6, 10, 12))
            .Resolved(At(6, 11, 9), W1, verifyDue: At(6, 11, 17))
            .Verified(At(6, 11, 10))
            .Closed(At(6, 11, 15))
            .Evaluated(At(6, 12, 9), 2).Events,
        // C (grid -02, reported by w-2): sent to water, which returns it at 09:30; re-dispatched to
        // the town at 11:00 (the 30-minute dispatch limit passed at 10:00), escalated to water at
        // 11:30 before the town's accept deadline; water accepts in time, is granted an extension,
        // resolves; closed on time; then the grid scores water 4 and water scores the grid 3.
        .. new CaseLog("case-c").Reported(At(6, 15, 9), W2, Grid2)
            .Filed(At(6, 15, 9), caseDue: At(6, 19, 17))
            .Dispatched(At(6, 15, 9), HandlingLevel.Department, "water", acceptDue: At(6, 15, 10))
            .Returned(At(6, 15, 9, 30), Water)
            .Dispatched(At(6, 15, 11), HandlingLevel.Town, Town, acceptDue: At(6, 15, 12))
            .Escalated(At(6, 15, 11, 30), HandlingLevel.Department, "water", acceptDue: At(6, 15, 14))
            .Accepted(At(6, 15, 13), Water, handleDue: At(6, 16, 17))
            .Extended(At(6, 16, 10), caseDue: At(6, 26, 17), stageDue: At(6, 24, 17))
            .Resolved(At(6, 22, 10), Water, verifyDue: At(6, 22, 17))
            .Verified(At(6, 22, 16))
            .Closed(At(6, 23, 10))
            .MutuallyEvaluated(At(6, 24, 9), W2, EvaluationSide.Grid, 4)
            .MutuallyEvaluated(At(6, 24, 10), Water, EvaluationSide.Department, 3).Events,
        // D (grid -02, reported by w-2): rejected.
        .. new CaseLog("case-d").Reported(At(6, 20, 10), W2, Grid2).Rejected(At(6, 20, 11)).Events,
        // E (grid -01, reported by w-1): dispatched on June 29, never accepted (late at 10:00).
        .. new CaseLog("case-e").Reported(At(6, 29, 8), W1, Grid1)
            .Filed(At(6, 29, 9), caseDue: At(7, 3, 17))
            .Dispatched(At(6, 29, 9), HandlingLevel.Grid, W1.Id, acceptDue: At(6, 29, 10)).Events,
        // F (grid -01, reported by w-1 in May): deferred in May, resumed June 2 with the handling
        // deadline moved to June 3 17:00 and the case deadline to June 12 17:00; never resolved.
        .. new CaseLog("case-f").Reported(At(5, 25, 9), W1, Grid1)
            .Filed(At(5, 25, 9), caseDue: At(5, 29, 17))
            .Dispatched(At(5, 25, 9), HandlingLevel.Grid, W1.Id, acceptDue: At(5, 25, 10))
            .Accepted(At(5, 25, 9, 30), W1, handleDue: At(5, 26, 17))
            .Deferred(At(5, 26, 10))
            .Resumed(At(6, 2, 10), IncidentStatus.Accepted, caseDue: At(6, 12, 17), stageDue: At(6, 3, 17)).Events,
        // Alerts: grid -02 not patrolled from June 10 08:00 to June 11 09:00 (two days lost); grid -01
        // without a worker on Saturday June 13 (no working hours: kept), from Wednesday June 17 17:45
        // to June 18 08:00 (outside working hours: kept), and on Wednesday June 24 10:00–11:00 (lost).
        .. Alert("alert-1", Grid2, AlertKind.PatrolOverdue, At(6, 10, 8), At(6, 11, 9)),
        .. Alert("alert-2", Grid1, AlertKind.BlindSpot, At(6, 13, 10), At(6, 13, 16)),
        .. Alert("alert-3", Grid1, AlertKind.BlindSpot, At(6, 17, 17, 45), At(6, 18, 8)),
        .. Alert("alert-4", Grid1, AlertKind.BlindSpot, At(6, 24, 10), At(6, 24, 11)),
    ];

    /// <summary>The village, town and district: both grids together.</summary>
    private static readonly IReadOnlyDictionary<string, (decimal, decimal)> Both = Figures(validReport: (4, 5), rejectionShare: (1, 5),
        extensionShare: (1, 4), deferralShare: (0, 4), returnShare: (1, 4), townDistrictShare: (1, 4), closure: (3, 4),
        onTimeClosure: (2, 4), onTimeDispatch: (4, 5), onTimeAcceptance: (2, 4), onTimeHandling: (3, 5), onTimeVerification: (4, 4),
        dispatchAccuracy: (5, 6), rework: (1, 4), satisfaction: (1, 2), compliance: (57, 60), evaluationReceived: (3, 1));

    /// <summary>What each unit counts, (numerator, denominator) by indicator; an indicator left out is (0, 0).
    /// Grid -01 holds A, B, E and F; grid -02 C and D; the village, town and district both.
    /// - validReport (reported in June, filed): -01 A✓ B✓ E✓ 3/3; -02 C✓ D✗ 1/2; w-1 (its A, E) 2/2; w-2 (C, D) 1/2.
    /// - rejectionShare (reported in June, rejected): -01 0/3; -02 D 1/2; w-1 0/2; w-2 1/2.
    /// - extension, deferral, return, townDistrict shares (filed in June: A, B, E; C): -01 0/3 each;
    ///   -02 C extended, not deferred, returned, reached town and department: 1/1, 0/1, 1/1, 1/1;
    ///   w-1 (responsible for A, B, E) 0/3 each; water (resolved C) as -02.
    /// - closure, onTimeClosure (due: closed in June, or deadline in June and still open: A, B, F; C):
    ///   -01 A closed on time, B closed late, F open past June 12 → 2/3, 1/3; -02 C 1/1, 1/1; w-1 as -01; water as -02.
    /// - onTimeDispatch (waits for dispatch decided in June): A, B, E at once ✓ 3/3 on -01; C at once ✓,
    ///   C after the return: limit 10:00, dispatched 11:00 ✗ → 1/2 on -02 (no worker or department holds a wait).
    /// - onTimeAcceptance: A ✓, B ✗ (due 10:00, 11:00), E ✗ (never) → -01 1/3, w-1 1/3; C: water's first
    ///   offer returned before its deadline and the town's escalated before its deadline are not decided,
    ///   water's second ✓ → -02 1/1, water 1/1.
    /// - onTimeHandling: A ✓, B first ✓, B after rework ✗ (due June 10 12:00), F ✗ (due June 3 17:00 after
    ///   the deferral) → -01 2/4, w-1 2/4; C ✓ (the extension moved its deadline to June 24) → -02 1/1, water 1/1.
    /// - onTimeVerification: A ✓, B rework ✓, B ✓ → -01 3/3; C ✓ → -02 1/1.
    /// - dispatchAccuracy (dispatches in June, not returned): A, B, E → -01 3/3, w-1 3/3; C to water
    ///   (returned ✗), to the town ✓, to water ✓ → -02 2/3, water 1/2.
    /// - rework (results in June, reworked): A ✗, B ✓, B ✗ → -01 1/3, w-1 1/3; C ✗ → -02 0/1, water 0/1.
    /// - satisfaction (evaluations in June of 4 or more): A 5 ✓, B 2 ✗ → -01 1/2, w-1 1/2.
    /// - compliance: -01 loses June 24 → 29/30; -02 loses June 10 and 11 → 28/30; above them 57/60.
    /// - evaluationReceived: water 4/1 (from the grid); -02 and above 3/1 (from water).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, (decimal, decimal)>> Counts { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, (decimal, decimal)>>
        {
            ["grid/" + Grid1] = Figures(validReport: (3, 3), rejectionShare: (0, 3), extensionShare: (0, 3), deferralShare: (0, 3),
                returnShare: (0, 3), townDistrictShare: (0, 3), closure: (2, 3), onTimeClosure: (1, 3), onTimeDispatch: (3, 3),
                onTimeAcceptance: (1, 3), onTimeHandling: (2, 4), onTimeVerification: (3, 3), dispatchAccuracy: (3, 3),
                rework: (1, 3), satisfaction: (1, 2), compliance: (29, 30)),
            ["grid/" + Grid2] = Figures(validReport: (1, 2), rejectionShare: (1, 2), extensionShare: (1, 1), deferralShare: (0, 1),
                returnShare: (1, 1), townDistrictShare: (1, 1), closure: (1, 1), onTimeClosure: (1, 1), onTimeDispatch: (1, 2),
                onTimeAcceptance: (1, 1), onTimeHandling: (1, 1), onTimeVerification: (1, 1), dispatchAccuracy: (2, 3),
                rework: (0, 1), compliance: (28, 30), evaluationReceived: (3, 1)),
            ["village/" + Village] = Both,
            ["town/" + Town] = Both,
            ["district/" + District] = Both,
            ["worker/w-1"] = Figures(validReport: (2, 2), rejectionShare: (0, 2), extensionShare: (0, 3), deferralShare: (0, 3),
                returnShare: (0, 3), townDistrictShare: (0, 3), closure: (2, 3), onTimeClosure: (1, 3), onTimeAcceptance: (1, 3),
                onTimeHandling: (2, 4), dispatchAccuracy: (3, 3), rework: (1, 3), satisfaction: (1, 2)),
            ["worker/w-2"] = Figures(validReport: (1, 2), rejectionShare: (1, 2)),
            ["department/water"] = Figures(extensionShare: (1, 1), deferralShare: (0, 1), returnShare: (1, 1), townDistrictShare: (1, 1),
                closure: (1, 1), onTimeClosure: (1, 1), onTimeAcceptance: (1, 1), onTimeHandling: (1, 1), dispatchAccuracy: (1, 2),
                rework: (0, 1), evaluationReceived: (4, 1)),
        };

    /// <summary>The composite score and grade of each unit under formula set 1: Σ weight × score / Σ weight
    /// over the weighted indicators with something counted, each score from the value rounded to four places
    /// (a rate × 100; a share to keep low (1 − share) × 100; an evaluation (average − 1) / 4 × 100).
    /// Grid -02 (no public evaluation, so satisfaction's 10 drops out; townDistrictShare weighs 0):
    /// onTimeClosure 15×100 + closure 10×100 + acceptance 8×100 + dispatch 4×50 + handling 8×100
    /// + verification 5×100 + accuracy 6×66.67 + rework 6×(1−0)×100 + valid 6×50 + extension 3×0
    /// + deferral 3×100 + return 3×0 + rejection 3×50 + compliance 6×93.33 + evaluation 4×(3−1)/4×100
    /// = 7310.00 over weights 90 = 81.22 → B (75 ≤ 81.22 &lt; 90). The others the same way:</summary>
    public static IReadOnlyDictionary<string, (decimal Score, string Grade)> Scores { get; } = new Dictionary<string, (decimal, string)>
    {
        ["grid/" + Grid1] = (68.89m, "C"),
        ["grid/" + Grid2] = (81.22m, "B"),
        ["district/" + District] = (68.90m, "C"),
        ["worker/w-1"] = (63.37m, "C"),
        ["worker/w-2"] = (50.00m, "D"),
        ["department/water"] = (84.85m, "B"),
    };

    private static IReadOnlyDictionary<string, (decimal, decimal)> Figures(
        (decimal, decimal) onTimeClosure = default, (decimal, decimal) closure = default, (decimal, decimal) onTimeAcceptance = default,
        (decimal, decimal) onTimeDispatch = default, (decimal, decimal) onTimeHandling = default, (decimal, decimal) onTimeVerification = default,
        (decimal, decimal) dispatchAccuracy = default, (decimal, decimal) rework = default, (decimal, decimal) validReport = default,
        (decimal, decimal) extensionShare = default, (decimal, decimal) deferralShare = default, (decimal, decimal) returnShare = default,
        (decimal, decimal) rejectionShare = default, (decimal, decimal) satisfaction = default, (decimal, decimal) townDistrictShare = default,
        (decimal, decimal) compliance = default, (decimal, decimal) evaluationReceived = default) =>
        new Dictionary<string, (decimal, decimal)>
        {
            ["onTimeClosure"] = onTimeClosure, ["closure"] = closure, ["onTimeAcceptance"] = onTimeAcceptance,
            ["onTimeDispatch"] = onTimeDispatch, ["onTimeHandling"] = onTimeHandling, ["onTimeVerification"] = onTimeVerification,
            ["dispatchAccuracy"] = dispatchAccuracy, ["rework"] = rework, ["validReport"] = validReport,
            ["extensionShare"] = extensionShare, ["deferralShare"] = deferralShare, ["returnShare"] = returnShare,
            ["rejectionShare"] = rejectionShare, ["satisfaction"] = satisfaction, ["townDistrictShare"] = townDistrictShare,
            ["compliance"] = compliance, ["evaluationReceived"] = evaluationReceived,
        };
}
