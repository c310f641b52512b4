namespace GridActors.Incidents;

/// <summary>What a case view says about deadlines counted into a year the working calendar had no
/// holiday schedule for: which deadline, which year, and what that means for it.</summary>
public static class UnscheduledDeadlines
{
    public static IReadOnlyList<string> Warnings(Deadlines d) =>
    [
        .. Warning("dueAt", d.CaseDue, d.CaseUnscheduledYear),
        .. Warning("stageDueAt", d.StageDue, d.StageUnscheduledYear),
    ];

    private static IEnumerable<string> Warning(string deadline, DateTimeOffset? due, int? year)
    {
        if (due is null || year is null) yield break;
        yield return $"{deadline} was counted through {year}, which the working calendar had no holiday schedule for: "
            + "Monday to Friday only, so it may fall on a public holiday or miss a moved working day.";
    }
}
