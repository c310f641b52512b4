using GridActors.Access;

namespace GridActors.Gateway.Auth;

/// <summary>Finds the external or department system a given API key belongs to, by the key's hash: the
/// <c>X-Api-Key</c> scheme and Open311's <c>api_key</c> field both ask here.</summary>
public static class ApiKeys
{
    public static (Actor System, ApiKeySettings Key)? Find(AuthSettings settings, string given)
    {
        var hash = AuthSettings.Hash(given);
        foreach (var (name, key) in settings.ApiKeys)
            if (string.Equals(key.Sha256, hash, StringComparison.OrdinalIgnoreCase))
                return (key.ActorFor(name), key);
        return null;
    }
}
