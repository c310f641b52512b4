using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>Who may replace the territory, and which grids an import may touch. A district's grids are
/// its own admin's: a town admin never replaces them, and a district admin's file holds only its own
/// district's grids, never takes another district's grids off the map, and retires only its own.</summary>
public static class TerritoryRules
{
    public static Refusal? MayImport(Actor actor) =>
        actor.Role == Role.Admin && AreaCode.IsValid(actor.Scope) && AreaCode.LevelOf(actor.Scope) == AreaLevel.District
            ? null
            : Refusal.NotPermitted($"{actor.Role} {actor.Id} (scope '{actor.Scope}') may not import a territory: only the admin of a whole district imports that district's grids");

    /// <summary>A grid of the file outside the admin's district refuses the whole file.</summary>
    public static Refusal? Outside(Actor admin, IEnumerable<string> fileGrids) =>
        fileGrids.FirstOrDefault(code => !AreaCode.Contains(admin.Scope, code)) is { } outside
            ? Refusal.NotPermitted($"{admin.Id} may not import grid {outside}: it lies in district {District(outside)}, and the admin of district {admin.Scope} imports only that district's grids")
            : null;

    /// <summary>The territory is kept as one district's file: another district's grids in it would
    /// leave the map if this admin's file replaced it.</summary>
    public static Refusal? OthersHeld(Actor admin, IEnumerable<string> storedGrids) =>
        storedGrids.FirstOrDefault(code => !AreaCode.Contains(admin.Scope, code)) is { } other
            ? Refusal.NotPermitted($"the territory holds district {District(other)}'s grids (e.g. {other}); the admin of district {admin.Scope} may not replace them")
            : null;

    /// <summary>The stored grids the file drops, within the admin's district only.</summary>
    public static IReadOnlyList<string> Retiring(Actor admin, IEnumerable<string> storedGrids, IReadOnlySet<string> kept) =>
        [.. storedGrids.Where(code => !kept.Contains(code) && AreaCode.Contains(admin.Scope, code))];

    private static string District(string code) => code[..6];
}
