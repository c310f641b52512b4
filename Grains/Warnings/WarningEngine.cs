using GridActors.Calendar;
using GridActors.Log;

namespace GridActors.Warnings;

/// <summary>The warnings as plain code: fed the log's events in sequence order (the cases' for the
/// rules, the warnings' own to know what was already said), asked at a moment what changed.</summary>
public sealed class WarningEngine(IReadOnlyList<IWarningRule> rules)
{
    private readonly CaseTracker cases = new();
    private readonly TimeSpan horizon = rules.Count == 0 ? TimeSpan.Zero : rules.Max(r => r.Horizon);

    /// <summary>Each rule's findings at the last evaluation. The rules keep a finding while it says the
    /// same, so the same objects in the same order mean nothing of that kind changed, and the book need
    /// not be asked; null when the book learnt something from the log (as after a restart), so it is.</summary>
    private readonly IReadOnlyList<Finding>?[] found = new IReadOnlyList<Finding>?[rules.Count];

    public WarningEngine(WarningSettings settings, Func<WorkingCalendar> calendar) : this(WarningRules.For(settings, calendar)) { }

    public WarningBook Book { get; } = new();

    /// <summary>The cases held now (open, or recent enough for a rule).</summary>
    public int CasesHeld => cases.Count;

    public void Observe(LoggedEvent logged)
    {
        if (logged.Stream == WarningLog.Stream)
        {
            if (Book.Record(WarningLog.FromLogged(logged))) Array.Clear(found);
            return;
        }
        foreach (var rule in rules)
            if (rule is ILogReadingRule reader) reader.Read(logged);
        if (cases.Observe(logged) is not { } change) return;
        foreach (var rule in rules) rule.Observe(change);
    }

    /// <summary>The warnings raised, updated or cleared at <paramref name="now"/>.</summary>
    public IReadOnlyList<EarlyWarning> Evaluate(DateTimeOffset now)
    {
        var changes = new List<EarlyWarning>();
        for (var i = 0; i < rules.Count; i++)
        {
            var result = rules[i].Evaluate(now);
            var current = result as IReadOnlyList<Finding> ?? [.. result];
            if (found[i] is { } last && (ReferenceEquals(last, current) || (last.Count == current.Count && last.Zip(current).All(p => ReferenceEquals(p.First, p.Second)))))
                continue;
            changes.AddRange(Book.Apply(rules[i].Kind, current, now));
            found[i] = current;
        }
        cases.Forget(now - horizon);
        return changes;
    }
}
