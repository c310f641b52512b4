using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;

namespace GridActors.Gateway.Areas;

/// <summary>The <c>?area=</c> a command centre's report or list is asked of, read one way by the
/// assessment and the warnings: an area code (a bad one is a 400 naming <c>area</c>, before anything is
/// refused) that the caller covers (else 403: the command centres of an area read what it holds).</summary>
public static class AreaScope
{
    /// <summary>The area asked; none asked, <paramref name="own"/>; null when what was asked is no area code.</summary>
    public static string? Asked(string? asked, string? own = null) =>
        asked is null && own is not null ? own : AreaCode.IsValid(asked) ? asked : null;

    public static IResult? Refused(Actor actor, string area, string what) =>
        actor.MayWatch(area) ? null
            : RefusalResults.Forbidden($"{actor.Role} {actor.Id} may not read {what} of {area}: the command centres (operators, supervisors, admins) of an area read them");

    /// <summary>For a route that asks nothing else: the area (the caller's own when none is asked), or its problem.</summary>
    public static (string? Area, IResult? Problem) Of(string? asked, Actor actor, string what)
    {
        if (Asked(asked, actor.Scope) is not { } area) return (null, RefusalResults.Invalid("area", Expected.AreaCode));
        return Refused(actor, area, what) is { } refused ? (null, refused) : (area, null);
    }
}
