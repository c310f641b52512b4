namespace GridActors.Warnings;

/// <summary>Wakes the warnings' follower as the silo becomes active; its own poll keeps it active after that.</summary>
public sealed class WarningsStart(IGrainFactory grains) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(WarningsStart), ServiceLifecycleStage.Active, _ =>
        {
            // In the background: a long log is read on activation, and the silo need not wait for it.
            grains.GetGrain<IWarningsGrain>(0).Start().Ignore();
            return Task.CompletedTask;
        });
}
