using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Configuration;

/// <summary>Who may change a settings document. The category catalogue and the working calendar are
/// every district's: a change by one district's admin would change the others' deadlines and refuse
/// their reports, so only the platform admin changes them.</summary>
public static class ConfigurationRules
{
    public static Refusal? MayChange(Actor actor, string key) =>
        actor.Role == Role.PlatformAdmin
            ? null
            : Refusal.NotPermitted($"{actor.Role} {actor.Id} may not change the {key}: it is every district's, so platform admins only");
}
