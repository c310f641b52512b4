using System.Globalization;
using GridActors.Configuration;

namespace GridActors.Calendar;

public sealed partial class WorkingCalendar
{
    /// <summary>The shipped calendar: default office hours and the State Council holiday schedules in
    /// <c>china-holidays.json</c>.</summary>
    public static WorkingCalendar Default => Shipped.Value;

    // Lazy for the same reasons as CategoryCatalogue.Default.
    private static readonly Lazy<WorkingCalendar> Shipped = new(() => Load(ConfigurationJson.Embedded("china-holidays.json"), "china-holidays.json"));

    /// <summary>Reads a calendar file (see <c>china-holidays.json</c> for its shape), or throws a
    /// <see cref="ConfigurationProblemException"/> listing everything wrong with it.</summary>
    public static WorkingCalendar Load(Stream json, string file = "working calendar")
    {
        var content = ConfigurationJson.Read<CalendarFile>(json, file);
        var problems = new ProblemList(file);
        var hours = ReadHours(content.WorkingHours, problems);
        var holidays = new List<DateOnly>();
        var adjusted = new List<DateOnly>();
        var years = new HashSet<int>();
        foreach (var year in content.Years ?? [])
        {
            if (!years.Add(year.Year)) problems.Add($"{year.Year}", "the year is listed twice");
            ReadYear(year, holidays, adjusted, problems);
        }
        problems.ThrowIfAny();
        return new WorkingCalendar(hours, holidays, adjusted, years);
    }

    private static WorkingPeriod[] ReadHours(List<PeriodEntry>? entries, ProblemList problems)
    {
        if (entries is null) return [.. DefaultHours];
        if (entries.Count == 0) problems.Add("workingHours", "a calendar needs at least one period of working hours");
        var periods = new List<WorkingPeriod>();
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            var name = $"workingHours[{i}] {entry.From}-{entry.To}";
            var (start, end) = (ParseTime(entry.From, name, problems), ParseTime(entry.To, name, problems));
            if (start is not { } from || end is not { } to) continue;
            if (to <= from) problems.Add(name, "the period ends before it starts");
            else if (periods.Count > 0 && from < periods[^1].To) problems.Add(name, $"the period overlaps or precedes {periods[^1]}; list periods in order of the day");
            else periods.Add(new(from, to));
        }
        return [.. periods];
    }

    private static void ReadYear(YearEntry year, List<DateOnly> holidays, List<DateOnly> adjusted, ProblemList problems)
    {
        var ranges = new List<(DateOnly From, DateOnly To, string Name)>();
        foreach (var h in year.Holidays ?? [])
        {
            var name = $"{year.Year} holiday '{h.Name}'";
            if (string.IsNullOrWhiteSpace(h.Name)) problems.Add(name, "a holiday needs a name");
            var (first, last) = (ParseDate(h.From, name, problems), ParseDate(h.To, name, problems));
            if (first is not { } from || last is not { } to) continue;
            if (to < from) problems.Add(name, $"ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
            else if (from.Year != year.Year || to.Year != year.Year) problems.Add(name, $"is not within {year.Year}");
            else ranges.Add((from, to, h.Name ?? ""));
        }
        ranges.Sort((a, b) => a.From.CompareTo(b.From));
        for (var i = 0; i < ranges.Count; i++)
        {
            if (i > 0 && ranges[i].From <= ranges[i - 1].To)
                problems.Add($"{year.Year} holiday '{ranges[i].Name}'", $"overlaps holiday '{ranges[i - 1].Name}'");
            for (var d = ranges[i].From; d <= ranges[i].To; d = d.AddDays(1)) holidays.Add(d);
        }
        foreach (var text in year.AdjustedWorkingDays ?? [])
        {
            var name = $"{year.Year} adjusted working day {text}";
            if (ParseDate(text, name, problems) is not { } day) continue;
            if (day.Year != year.Year) problems.Add(name, $"is not within {year.Year}");
            else if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                problems.Add(name, $"is a {day.DayOfWeek}, not a weekend day; only weekend days are moved to work");
            else if (ranges.Any(r => r.From <= day && day <= r.To)) problems.Add(name, "falls within a holiday");
            else adjusted.Add(day);
        }
    }

    private static DateOnly? ParseDate(string? text, string entry, ProblemList problems)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(entry, $"'{text}' is not a date like 2026-10-01");
        return null;
    }

    private static TimeOnly? ParseTime(string? text, string entry, ProblemList problems)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        problems.Add(entry, $"'{text}' is not a time like 08:30");
        return null;
    }

    private sealed record CalendarFile(List<PeriodEntry>? WorkingHours, List<YearEntry>? Years);
    private sealed record PeriodEntry(string? From, string? To);
    // Source is never read; it is declared so a year may say which notice its dates come from.
    private sealed record YearEntry(int Year, string? Source, List<HolidayEntry>? Holidays, List<string>? AdjustedWorkingDays);
    private sealed record HolidayEntry(string? Name, string? From, string? To);
}
