namespace GridActors.Assessment;

/// <summary>Computes assessments from the event log. Holds nothing: any silo computes the same.</summary>
[Alias("assessment.grain")]
public interface IAssessmentGrain : IGrainWithIntegerKey
{
    /// <summary>The report of an area for [from, to) by a formula version (null: the one in force);
    /// null when no such version exists.</summary>
    [Alias("report")]
    Task<AssessmentReport?> Report(string area, DateTimeOffset from, DateTimeOffset to, int? formulaVersion);

    /// <summary>Grid operation compliance (规范达标率) of an area for [from, to): compliant grid-days
    /// over grid-days.</summary>
    [Alias("compliance")]
    Task<Figure> Compliance(string area, DateTimeOffset from, DateTimeOffset to);
}
