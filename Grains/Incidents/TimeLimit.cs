using System.Globalization;
using GridActors.Calendar;

namespace GridActors.Incidents;

/// <summary>How a time limit is counted: in working hours (工作时) or working days on the working
/// calendar, or in natural hours around the clock.</summary>
public enum TimeLimitUnit { WorkingHours, WorkingDays, NaturalHours }

/// <summary>A time limit (时限) such as "4 working hours" or "20 working days". Always positive;
/// hours in whole seconds, days whole, so every deadline is exact.</summary>
public sealed record TimeLimit
{
    public TimeLimit(decimal amount, TimeLimitUnit unit)
    {
        if (Problem(amount, unit) is { } problem) throw new ArgumentOutOfRangeException(nameof(amount), problem);
        (Amount, Unit) = (amount, unit);
    }

    public decimal Amount { get; }
    public TimeLimitUnit Unit { get; }

    public DateTimeOffset DueFrom(DateTimeOffset start, WorkingCalendar calendar) => Unit switch
    {
        TimeLimitUnit.WorkingHours => calendar.AddWorkingTime(start, Hours),
        TimeLimitUnit.WorkingDays => calendar.AddWorkingDays(start, (int)Amount),
        _ => start.ToOffset(WorkingCalendar.ChinaStandardTime) + Hours,
    };

    private TimeSpan Hours => TimeSpan.FromTicks((long)(Amount * TimeSpan.TicksPerHour));

    /// <summary>Reads the configuration form, an amount and a unit name: "4 WorkingHours",
    /// "0.5 NaturalHours", "20 WorkingDays".</summary>
    public static TimeLimit? Parse(string? text, out string? problem)
    {
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            problem = $"'{text}' is not a limit like \"4 WorkingHours\"";
            return null;
        }
        if (!Enum.GetNames<TimeLimitUnit>().Contains(parts[1]))
        {
            problem = $"unknown unit '{parts[1]}'; use {string.Join(", ", Enum.GetNames<TimeLimitUnit>())}";
            return null;
        }
        var unit = Enum.Parse<TimeLimitUnit>(parts[1]);
        problem = Problem(amount, unit);
        return problem is null ? new TimeLimit(amount, unit) : null;
    }

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Unit}";

    private static string? Problem(decimal amount, TimeLimitUnit unit) =>
        amount <= 0 ? $"a limit must be more than zero, not {amount.ToString(CultureInfo.InvariantCulture)}"
        : !Enum.IsDefined(unit) ? $"unknown unit {unit}"
        : unit == TimeLimitUnit.WorkingDays && amount != decimal.Truncate(amount) ? "working days must be whole"
        : amount > 100_000 ? "a limit of more than 100000 is not a time limit"
        : amount * 3600 != decimal.Truncate(amount * 3600) ? "hours must come to whole seconds"
        : null;
}
