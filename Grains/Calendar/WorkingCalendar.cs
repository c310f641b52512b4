namespace GridActors.Calendar;

/// <summary>
/// The working calendar (工作日历) deadlines in working time are counted on: China Standard Time
/// (+08:00, no daylight saving), Monday to Friday, within office hours, except public holidays, plus
/// the weekend days the State Council moves work to (调休). Years without a holiday schedule count
/// Monday to Friday only; <see cref="HasScheduleFor"/> tells whether a year's schedule is known.
/// </summary>
/// <remarks>Every operation walks day by day and, within a day, period by period, so its cost grows
/// with the number of calendar days spanned, not with the length of time in minutes, and it is exact
/// to the tick. Nothing is allocated per call.</remarks>
public sealed partial class WorkingCalendar
{
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>08:30–12:00 and 13:30–17:30, 7.5 hours: the office hours most Chinese government
    /// offices publish outside summer (many move the afternoon to 14:00–18:00 from May to September;
    /// a calendar file sets its own).</summary>
    public static IReadOnlyList<WorkingPeriod> DefaultHours { get; } =
    [
        new(new(8, 30), new(12, 0)),
        new(new(13, 30), new(17, 30)),
    ];

    private readonly WorkingPeriod[] hours;
    private readonly long dayTicks;
    private readonly HashSet<DateOnly> holidays;
    private readonly HashSet<DateOnly> adjustedWorkingDays;
    private readonly HashSet<int> scheduledYears;

    /// <param name="hours">Sorted, not overlapping, not empty: the loader checks.</param>
    private WorkingCalendar(WorkingPeriod[] hours, IEnumerable<DateOnly> holidays,
        IEnumerable<DateOnly> adjustedWorkingDays, IEnumerable<int> scheduledYears)
    {
        this.hours = hours;
        dayTicks = hours.Sum(p => p.Length.Ticks);
        this.holidays = [.. holidays];
        this.adjustedWorkingDays = [.. adjustedWorkingDays];
        this.scheduledYears = [.. scheduledYears];
    }

    public IReadOnlyList<WorkingPeriod> Hours => hours;

    /// <summary>Working time in one full working day (7.5 hours with the default hours).</summary>
    public TimeSpan WorkingDayLength => TimeSpan.FromTicks(dayTicks);

    public bool HasScheduleFor(int year) => scheduledYears.Contains(year);

    /// <summary>The years whose holiday schedule the calendar carries, in order.</summary>
    public IReadOnlyList<int> ScheduledYears => [.. scheduledYears.Order()];

    public bool IsWorkingDay(DateOnly date) =>
        !holidays.Contains(date)
        && (adjustedWorkingDays.Contains(date) || date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    public bool IsWorkingTime(DateTimeOffset t)
    {
        var (day, time) = Split(t);
        if (!IsWorkingDay(day)) return false;
        foreach (var p in hours)
            if (time >= p.From.Ticks && time < p.To.Ticks) return true;
        return false;
    }

    /// <summary>The earliest moment by which <paramref name="workingTime"/> of working time has
    /// passed since <paramref name="start"/>, at +08:00. A start outside working time counts from the
    /// next working moment; a limit that runs out at the end of a period ends there (12:00, not 13:30).</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        if (workingTime == TimeSpan.Zero) return start.ToOffset(ChinaStandardTime);
        var (day, time) = Split(start);
        // Count from the start of the start's day, so the first day is no special case.
        var left = WorkedBefore(day, time) + workingTime.Ticks;
        while (left > LengthOf(day))
        {
            left -= LengthOf(day);
            day = day.AddDays(1);
        }
        return At(day, MomentWhen(left));
    }

    /// <summary>
    /// The deadline of "within N working days" (N个工作日内): the close of office hours on the Nth
    /// working day after the start's date. As in the Civil Code (民法典 art. 201, 203), the day the
    /// period starts is not counted, and the last day ends when business stops on it. A start on a
    /// weekend or holiday therefore makes the next working day the first.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var (day, _) = Split(start);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return At(day, hours[^1].To.Ticks);
    }

    /// <summary>Working time from <paramref name="from"/> to <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier. <c>WorkingTimeBetween(s, AddWorkingTime(s, w)) == w</c>.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from) return -WorkingTimeBetween(to, from);
        var (day, time) = Split(from);
        var (lastDay, lastTime) = Split(to);
        var ticks = -WorkedBefore(day, time);
        for (; day < lastDay; day = day.AddDays(1)) ticks += LengthOf(day);
        return TimeSpan.FromTicks(ticks + WorkedBefore(lastDay, lastTime));
    }

    private long LengthOf(DateOnly day) => IsWorkingDay(day) ? dayTicks : 0;

    /// <summary>Working ticks on <paramref name="day"/> before the clock time <paramref name="time"/>.</summary>
    private long WorkedBefore(DateOnly day, long time)
    {
        if (!IsWorkingDay(day)) return 0;
        long worked = 0;
        foreach (var p in hours)
        {
            if (time <= p.From.Ticks) break;
            worked += Math.Min(time, p.To.Ticks) - p.From.Ticks;
        }
        return worked;
    }

    /// <summary>The earliest clock time on a working day by which <paramref name="worked"/> ticks
    /// (more than zero, at most a day's worth) of it have passed.</summary>
    private long MomentWhen(long worked)
    {
        foreach (var p in hours)
        {
            if (worked <= p.Length.Ticks) return p.From.Ticks + worked;
            worked -= p.Length.Ticks;
        }
        throw new InvalidOperationException("more working time asked of a day than it has");
    }

    private static (DateOnly Day, long Time) Split(DateTimeOffset t)
    {
        var clock = t.ToOffset(ChinaStandardTime).Ticks;
        return (DateOnly.FromDayNumber((int)(clock / TimeSpan.TicksPerDay)), clock % TimeSpan.TicksPerDay);
    }

    private static DateTimeOffset At(DateOnly day, long time) =>
        new(day.DayNumber * TimeSpan.TicksPerDay + time, ChinaStandardTime);
}
