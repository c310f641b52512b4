namespace GridActors.Warnings;

/// <summary>A condition a rule finds true at one moment. <see cref="Key"/> names the condition (the
/// same surge, the same spot) across evaluations; the rest is what a warning of it says, and a change
/// in any of it is an update.</summary>
public sealed record Finding(
    string Key, WarningKind Kind, string Area, string Text, string Description, string? Category,
    double Figure, double Threshold, WarningCircle? Circle, IReadOnlyList<string> Cases)
{
    public bool SaysTheSameAs(EarlyWarning w) =>
        (Text, Description, Category, Figure, Threshold, Circle) == (w.Text, w.Description, w.Category, w.Figure, w.Threshold, w.Circle)
        && (ReferenceEquals(Cases, w.Cases) || Cases.SequenceEqual(w.Cases));
}

/// <summary>One kind of warning: plain code fed with the cases' changes in log order, asked at a
/// moment what holds. Deterministic: the same changes and moments give the same findings.</summary>
public interface IWarningRule
{
    /// <summary>The kind of every finding of the rule.</summary>
    WarningKind Kind { get; }

    void Observe(CaseChange change);

    /// <summary>What holds at <paramref name="now"/>, in a stable order. A rule keeps a finding (the same
    /// object) while it says the same, and may answer the same list while nothing changed.</summary>
    IEnumerable<Finding> Evaluate(DateTimeOffset now);

    /// <summary>How far back the rule looks at finished cases.</summary>
    TimeSpan Horizon { get; }
}
