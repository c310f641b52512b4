namespace GridActors.Storage;

/// <summary>The one way a grain writes its state, so a grain never runs ahead of its storage.</summary>
public static class StateWrites
{
    /// <summary>Writes the state. On any failure the unsaved change is dropped by reading back what
    /// is stored, and the failure propagates to the caller. Should even that read fail, the
    /// activation goes once idle, and the next call starts from storage.</summary>
    public static async Task WriteOrReload<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try { await state.WriteStateAsync(); }
        catch
        {
            try { await state.ReadStateAsync(); }
            catch { grain.DeactivateOnIdle(); }
            throw;
        }
    }
}
