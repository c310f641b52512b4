namespace GridActors.Webhooks;

/// <summary>Every subscription's id and area (one grain, key 0), so a list finds the ones in a scope.</summary>
public interface IWebhookDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("add")]
    Task Add(string id, string area);

    [Alias("remove")]
    Task Remove(string id);

    /// <summary>The ids of the subscriptions whose area lies within <paramref name="scope"/>, by id.</summary>
    [Alias("within")]
    Task<IReadOnlyList<string>> Within(string scope);
}
