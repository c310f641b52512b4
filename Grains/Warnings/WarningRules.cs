using GridActors.Calendar;

namespace GridActors.Warnings;

/// <summary>The rules in force. A new kind of warning is a <see cref="WarningKind"/>, a rule class and
/// one line here; a rule raised from a figure computed elsewhere ignores the cases and reads the figure
/// in <see cref="IWarningRule.Evaluate"/>.</summary>
public static class WarningRules
{
    public static IReadOnlyList<IWarningRule> For(WarningSettings settings, Func<WorkingCalendar> calendar) =>
    [
        new SurgeRule(settings),
        new RepeatSpotRule(settings),
        new OverdueClusterRule(settings),
        new ShareDriftRule(settings),
        new ComplianceRule(settings, calendar),
    ];
}
