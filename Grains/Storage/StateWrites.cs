namespace GridActors.Storage;

/// <summary>The one way a grain writes its state, so a grain never runs ahead of its storage.</summary>
public static class StateWrites
{
    /// <summary>Writes the state. On any failure the unsaved change is dropped by reading back what
    /// is stored, and the failure propagates to the caller. Should even that read fail, the
    /// activation goes once idle, and the next call starts from storage.</summary>
    public static Task WriteOrReload<T>(this IPersistentState<T> state, IGrainBase grain) =>
        state.OrReload(grain, state.WriteStateAsync);

    /// <summary>Clears the stored state, with the same promise: a failed clear leaves the grain as stored.</summary>
    public static Task ClearOrReload<T>(this IPersistentState<T> state, IGrainBase grain) =>
        state.OrReload(grain, state.ClearStateAsync);

    /// <summary>Does what must succeed for the unsaved change to stand (a write, or appending the
    /// change's event to the log first), with the same promise: on failure the change is dropped.</summary>
    public static async Task OrReload<T>(this IPersistentState<T> state, IGrainBase grain, Func<Task> change)
    {
        try { await change(); }
        catch
        {
            try { await state.ReadStateAsync(); }
            catch { grain.DeactivateOnIdle(); }
            throw;
        }
    }
}
