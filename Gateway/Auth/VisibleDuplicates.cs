using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Gateway.Auth;

/// <summary>What a caller learns of the cases a case likely duplicates: the ids of those it may read
/// (<see cref="ReadAccess.MayRead"/>), never the others. The one read rule decides, so a worker, a
/// department or an external system sees no case of a town it may not read, and the operator who files
/// sees every one within its scope.</summary>
public static class VisibleDuplicates
{
    public static async Task<IncidentView> Of(IncidentView view, Actor reader, IGrainFactory grains) =>
        view.LikelyDuplicateOf is { Count: > 0 } ids ? view with { LikelyDuplicateOf = await Readable(ids, reader, grains) } : view;

    public static async Task<IncidentSummary> Of(IncidentSummary summary, Actor reader, IGrainFactory grains) =>
        summary.LikelyDuplicateOf is { Count: > 0 } ids ? summary with { LikelyDuplicateOf = await Readable(ids, reader, grains) } : summary;

    public static async Task<AreaBoard> Of(AreaBoard board, Actor reader, IGrainFactory grains) =>
        board with { Open = await Of(board.Open, reader, grains) };

    public static async Task<AreaChanges> Of(AreaChanges changes, Actor reader, IGrainFactory grains) =>
        changes with { Incidents = await Of(changes.Incidents, reader, grains) };

    /// <summary>Many cases at once (a board names thousands of duplicates, mostly the same ones again):
    /// each duplicate decided once, and one the list itself holds decided by its grid when reading goes
    /// by area (<see cref="ReadAccess.ReadsByArea"/>), so a board costs a look-up only per other case.</summary>
    private static async Task<IncidentSummary[]> Of(IReadOnlyList<IncidentSummary> summaries, Actor reader, IGrainFactory grains)
    {
        var named = summaries.SelectMany(s => s.LikelyDuplicateOf ?? []).ToHashSet();
        if (named.Count == 0) return [.. summaries];
        var listed = new Dictionary<string, string>();
        foreach (var summary in summaries) listed[summary.Id] = summary.GridCode;
        var byGrid = reader.Role.ReadsByArea() ? named.Where(listed.ContainsKey).ToHashSet() : [];
        var lookedUp = named.Except(byGrid).ToList();
        var readable = Readable(lookedUp, await Cases(lookedUp, grains), reader).ToHashSet();
        readable.UnionWith(byGrid.Where(id => reader.Covers(listed[id])));
        return [.. summaries.Select(s => s.LikelyDuplicateOf is { Count: > 0 } ids ? s with { LikelyDuplicateOf = [.. ids.Where(readable.Contains)] } : s)];
    }

    /// <summary>Everyone let into an area's live group covers the area: what the least of them may read.</summary>
    public static Actor WatchersOf(string areaCode) => new($"watchers-of-{areaCode}", Role.Operator, areaCode);

    /// <summary>The duplicates' case files, to decide for several readers with one look-up each.</summary>
    public static async Task<IReadOnlyList<IncidentView?>> Cases(IReadOnlyList<string> ids, IGrainFactory grains) =>
        await Task.WhenAll(ids.Select(id => grains.GetGrain<IIncidentGrain>(id).Get()));

    public static IReadOnlyList<string> Readable(IReadOnlyList<string> ids, IReadOnlyList<IncidentView?> cases, Actor reader) =>
        [.. ids.Where((_, i) => cases[i] is { } other && reader.MayRead(other))];

    public static async Task<IReadOnlyList<string>> Readable(IReadOnlyList<string> ids, Actor reader, IGrainFactory grains) =>
        Readable(ids, await Cases(ids, grains), reader);
}
