using GridActors.Storage;

namespace GridActors.Webhooks;

public sealed class WebhookDirectoryGrain(
    [PersistentState("webhook-directory", "gridactors")] IPersistentState<WebhookDirectoryState> state) : Grain, IWebhookDirectoryGrain
{
    public async Task Add(string id, string area)
    {
        if (state.State.Areas.TryGetValue(id, out var known) && known == area) return;
        state.State.Areas[id] = area;
        await state.WriteOrReload(this);
    }

    public async Task Remove(string id)
    {
        if (state.State.Areas.Remove(id)) await state.WriteOrReload(this);
    }

    public Task<IReadOnlyList<string>> Within(string scope) => Task.FromResult<IReadOnlyList<string>>(
        [.. state.State.Areas.Where(s => AreaCode.Contains(scope, s.Value)).Select(s => s.Key).Order(StringComparer.Ordinal)]);
}

[GenerateSerializer, Alias("webhook.directory.v1")]
public sealed class WebhookDirectoryState
{
    /// <summary>Each subscription's area, by id.</summary>
    [Id(0)] public Dictionary<string, string> Areas { get; set; } = [];
}
