namespace GridActors.Assessment;

/// <summary>How a figure's value turns into a score from 0 to 100 for the composite.</summary>
public enum Direction
{
    /// <summary>A rate where more is better: the score is the rate × 100.</summary>
    HigherIsBetter,
    /// <summary>A share to keep low: the score is (1 − share) × 100.</summary>
    LowerIsBetter,
    /// <summary>A share to hold near the formula's target: 100 at the target, 0 at twice its distance or more.</summary>
    NearTarget,
    /// <summary>An average score from 1 to 5: (average − 1) / 4 × 100.</summary>
    Score1To5,
}

/// <summary>The KPIs every formula set defines, in the order reports list them. What each counts
/// is in <see cref="CaseFacts"/> and <see cref="GridOperationCompliance"/>, and in words in the
/// shipped formula set's descriptions.</summary>
public static class Indicator
{
    public const string OnTimeClosure = "onTimeClosure";
    public const string Closure = "closure";
    public const string OnTimeAcceptance = "onTimeAcceptance";
    public const string OnTimeDispatch = "onTimeDispatch";
    public const string OnTimeHandling = "onTimeHandling";
    public const string OnTimeVerification = "onTimeVerification";
    public const string DispatchAccuracy = "dispatchAccuracy";
    public const string Rework = "rework";
    public const string ValidReport = "validReport";
    public const string ExtensionShare = "extensionShare";
    public const string DeferralShare = "deferralShare";
    public const string ReturnShare = "returnShare";
    public const string RejectionShare = "rejectionShare";
    public const string Satisfaction = "satisfaction";
    public const string TownDistrictShare = "townDistrictShare";
    public const string Compliance = "compliance";
    public const string EvaluationReceived = "evaluationReceived";

    public static IReadOnlyList<(string Code, Direction Direction)> All { get; } =
    [
        (OnTimeClosure, Direction.HigherIsBetter),
        (Closure, Direction.HigherIsBetter),
        (OnTimeAcceptance, Direction.HigherIsBetter),
        (OnTimeDispatch, Direction.HigherIsBetter),
        (OnTimeHandling, Direction.HigherIsBetter),
        (OnTimeVerification, Direction.HigherIsBetter),
        (DispatchAccuracy, Direction.HigherIsBetter),
        (Rework, Direction.LowerIsBetter),
        (ValidReport, Direction.HigherIsBetter),
        (ExtensionShare, Direction.LowerIsBetter),
        (DeferralShare, Direction.LowerIsBetter),
        (ReturnShare, Direction.LowerIsBetter),
        (RejectionShare, Direction.LowerIsBetter),
        (Satisfaction, Direction.HigherIsBetter),
        (TownDistrictShare, Direction.NearTarget),
        (Compliance, Direction.HigherIsBetter),
        (EvaluationReceived, Direction.Score1To5),
    ];
}
