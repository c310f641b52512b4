using Microsoft.Extensions.Logging;

namespace GridActors.Configuration;

/// <summary>Keeps this silo's <see cref="LiveConfiguration"/> at the stored documents: once as the
/// silo becomes active (so a stored change beats the start-up file from the first command), then
/// every <see cref="Recheck"/> by asking the configuration grains for their tags, which picks up a
/// change another silo took. Wall-clock time: this is a cache, not a domain deadline.</summary>
public sealed class ConfigurationRefresh(LiveConfiguration live, IGrainFactory grains, ILogger<ConfigurationRefresh> log)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource stopping = new();
    private Task? loop;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ConfigurationRefresh), ServiceLifecycleStage.Active, Start, Stop);

    private async Task Start(CancellationToken cancellation)
    {
        await Refresh();
        loop = Task.Run(Loop, CancellationToken.None);
    }

    private async Task Stop(CancellationToken cancellation)
    {
        await stopping.CancelAsync();
        if (loop is not null) await loop;
    }

    private async Task Loop()
    {
        using var timer = new PeriodicTimer(Recheck);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                try { await Refresh(); }
                catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Could not check the stored configuration; keeping what is in force"); }
            }
        }
        catch (OperationCanceledException) { }
    }

    public async Task Refresh()
    {
        await Refresh(live.CategorySetting);
        await Refresh(live.CalendarSetting);
    }

    private async Task Refresh<T>(LiveSetting<T> setting) where T : class
    {
        var grain = grains.GetGrain<IConfigurationGrain>(setting.Key);
        var tag = await grain.GetStoredTag();
        if (tag is null || (setting.Current.Stored && setting.Current.Document.Tag == tag)) return;
        if (await grain.GetStored() is not { } stored) return;
        try
        {
            setting.Use(setting.Read(stored.Json, setting.Key, stored: true));
        }
        catch (ConfigurationProblemException e)
        {
            // Stored documents were valid when set; a stricter loader since then must not stop the silo.
            log.LogError(e, "The stored {Key} {Tag} no longer loads; keeping the one in force", setting.Key, stored.Tag);
        }
    }
}
