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
        board with { Open = await Task.WhenAll(board.Open.Select(s => Of(s, reader, grains))) };

    public static async Task<AreaChanges> Of(AreaChanges changes, Actor reader, IGrainFactory grains) =>
        changes with { Incidents = await Task.WhenAll(changes.Incidents.Select(s => Of(s, reader, grains))) };

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
