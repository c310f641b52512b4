using GridActors.Access;
using GridActors.Calendar;

namespace GridActors.Incidents;

/// <summary>Everything a decision needs besides the case: who, when, the catalogue, the calendar
/// and policy deadlines are counted with, and the facts
/// the grain looked up beforehand (does the grid exist, which grids the named worker serves, which
/// open cases a report likely duplicates).</summary>
public sealed record CommandContext(
    string CommandId,
    Actor Actor,
    DateTimeOffset Now,
    CategoryCatalogue Categories,
    WorkingCalendar Calendar,
    DeadlinePolicy Policy,
    bool GridExists = false,
    IReadOnlyList<string>? HandlerGrids = null,
    IReadOnlyList<string>? LikelyDuplicates = null);
