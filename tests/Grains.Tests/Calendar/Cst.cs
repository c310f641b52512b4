namespace GridActors.Tests.Calendar;

/// <summary>Instants on the China Standard Time clock, as the tests state them.</summary>
public static class Cst
{
    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}
