using System.Text;
using GridActors.Calendar;
using GridActors.Configuration;

namespace GridActors.Tests.Calendar;

/// <summary>Calendar files written in a test, and the problems loading them reports.</summary>
public static class CalendarFiles
{
    public static Stream Json(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    public static WorkingCalendar Load(string json) => WorkingCalendar.Load(Json(json), "test calendar");

    public static IReadOnlyList<ConfigurationProblem> ProblemsOf(string json) =>
        Assert.Throws<ConfigurationProblemException>(() => Load(json)).Problems;

    /// <summary>A year's schedule with the given holidays ("name", "from", "to") and adjusted days.</summary>
    public static string Year(int year, string holidays, string adjusted = "") =>
        $$"""{ "year": {{year}}, "holidays": [{{holidays}}], "adjustedWorkingDays": [{{adjusted}}] }""";

    public static string Holiday(string name, string from, string to) =>
        $$"""{ "name": "{{name}}", "from": "{{from}}", "to": "{{to}}" }""";

    public static string WithYears(params string[] years) => $$"""{ "years": [{{string.Join(",", years)}}] }""";
}
