using GridActors.Calendar;
using GridActors.Incidents;

namespace GridActors.Configuration;

/// <summary>The category catalogue and working calendar in force on this silo. Grains read them per
/// call, so a change is used from the next command on. They start from the start-up files (or the
/// shipped ones); a document stored by an admin replaces them, on the silo that took the change at
/// once and on the others within <see cref="ConfigurationRefresh.Recheck"/>.</summary>
public sealed class LiveConfiguration(LiveSetting<CategoryCatalogue> categories, LiveSetting<WorkingCalendar> calendar)
{
    public CategoryCatalogue Categories => categories.Value;

    public WorkingCalendar Calendar => calendar.Value;

    public LiveSetting<CategoryCatalogue> CategorySetting => categories;

    public LiveSetting<WorkingCalendar> CalendarSetting => calendar;

    /// <summary>Reads the start-up files, each the shipped one when no path is given; a bad file
    /// throws a <see cref="ConfigurationProblemException"/> naming every faulty entry.</summary>
    public static LiveConfiguration FromFiles(string? categoriesFile, string? calendarFile) => new(
        Setting(ConfigurationKeys.Categories, CategoryCatalogue.Load, categoriesFile, "categories.json"),
        Setting(ConfigurationKeys.Calendar, WorkingCalendar.Load, calendarFile, "china-holidays.json"));

    private static LiveSetting<T> Setting<T>(string key, Func<Stream, string, T> load, string? path, string shipped) where T : class =>
        string.IsNullOrWhiteSpace(path)
            ? new(key, load, ConfigurationJson.EmbeddedText(shipped), shipped)
            : new(key, load, File.ReadAllText(path), path);
}
