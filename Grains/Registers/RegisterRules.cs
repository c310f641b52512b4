using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Registers;

/// <summary>Least access to the registers, their input checks and their visit clocks, as plain rules.
/// Personal details go only to those who visit the people and those who supervise them: the grid's
/// own workers, and supervisors covering the grid. Operators, departments, admins and external systems
/// get none; command centres see counts and alerts, which carry no names.</summary>
public static class RegisterRules
{
    public const int MaxVisitEveryDays = 365;

    public enum Act { Read, Change, Remove, Visit, ReadAudit, Count }

    public static Refusal? Permission(Act act, Actor actor, string grid, IReadOnlyCollection<string> gridWorkers)
    {
        var worker = actor.Role == Role.Worker && gridWorkers.Contains(actor.Id);
        var supervisor = actor.Role == Role.Supervisor && actor.Covers(grid);
        var permitted = act switch
        {
            Act.Read or Act.Change => worker || supervisor,
            Act.Visit => worker,
            Act.Remove or Act.ReadAudit => supervisor,
            // Counts carry no names: the command centres covering the grid see them too.
            Act.Count => worker || actor.Covers(grid),
            _ => false,
        };
        return permitted ? null : Refusal.NotPermitted($"{actor.Role} {actor.Id} may not {Describe(act)} the registers of grid {grid}");
    }

    public static Refusal? InputProblem(RegisterEntryInput? input) =>
        input is null ? Refusal.Invalid("body", "an entry is required")
        : (!Enum.IsDefined(input.Kind) ? Refusal.Invalid("kind", "kind is KeyPerson or VulnerablePerson") : null)
            ?? Text.Problem("name", input.Name, Limits.Name, required: true)
            ?? Text.Problem("address", input.Address, Limits.EntryAddress, required: true)
            ?? Text.Problem("note", input.Note, Limits.EntryNote)
            ?? (input.VisitEveryDays is < 1 or > MaxVisitEveryDays ? Refusal.Invalid("visitEveryDays", $"a visit cadence is 1 to {MaxVisitEveryDays} days") : null);

    public static DateTimeOffset DueAt(DateTimeOffset since, int visitEveryDays) => since.AddDays(visitEveryDays);

    /// <summary>The alert for an entry's visit falling due at <paramref name="due"/>: its id carries the
    /// entry's number and the due instant, its text only the kind of register.</summary>
    public static Alert Overdue(string grid, RegisterEntry entry, DateTimeOffset now) => new(
        $"{grid}:visit:{entry.Id}:{GridDutyRules.Stamp(entry.VisitDueAt)}", grid, AlertKind.VisitOverdue, now, null,
        $"visit overdue for a {(entry.Kind == RegisterKind.KeyPerson ? "key-person" : "vulnerable-person")} register entry");

    private static string Describe(Act act) => act switch
    {
        Act.Read => "read",
        Act.Change => "change",
        Act.Remove => "remove entries from",
        Act.Visit => "record visits in",
        Act.Count => "count",
        _ => "read the audit trail of",
    };
}
