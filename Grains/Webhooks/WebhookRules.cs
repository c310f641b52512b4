using GridActors.Access;

namespace GridActors.Webhooks;

/// <summary>Who manages a subscription and what a subscription may say. Admins manage the
/// subscriptions whose area lies within their own; the target address is checked apart
/// (<see cref="TargetAddresses"/>), since that needs the network.</summary>
public static class WebhookRules
{
    public static bool Manages(Actor by, string area) => by.Role == Role.Admin && AreaCode.Contains(by.Scope, area);

    public static Refusal? Check(WebhookInput input, Actor by)
    {
        if (by.Role != Role.Admin) return Refusal.NotPermitted("only admins manage webhooks");
        if (!Uri.TryCreate(input.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0)
            return Refusal.Invalid("url", "url is an absolute http or https address without user information");
        if (input.Kinds is not { Count: > 0 })
            return Refusal.Invalid("kinds", $"kinds names at least one of: {string.Join(", ", EventKinds.Known.Order(StringComparer.Ordinal))}");
        // A null kind (JSON's [null]) is unknown too, named as such: found by itself it would read as "none unknown".
        if (input.Kinds.Where(k => k is null || !EventKinds.Known.Contains(k)).Select(k => k ?? "null").FirstOrDefault() is { } unknown)
            return Refusal.Invalid("kinds", $"{unknown} is no kind of event; the kinds are {string.Join(", ", EventKinds.Known.Order(StringComparer.Ordinal))}");
        if (!AreaCode.IsValid(input.Area)) return Refusal.Invalid("area", Expected.AreaCode);
        if (!AreaCode.Contains(by.Scope, input.Area)) return Refusal.NotPermitted($"{input.Area} is outside your area {by.Scope}");
        return null;
    }

    /// <summary>Whether an event goes to the subscription: a case event of one of its kinds, of a
    /// case whose grid (from <paramref name="grids"/>, by case id) lies within its area.</summary>
    public static bool Wants(WebhookInput subscription, Log.LoggedEvent e, IReadOnlyDictionary<string, string> grids) =>
        e.Stream == Log.LogStreams.Case
        && subscription.Kinds.Contains(EventKinds.KindOf(e.Type))
        && grids.TryGetValue(e.EntityId, out var grid) && AreaCode.Contains(subscription.Area, grid);
}
