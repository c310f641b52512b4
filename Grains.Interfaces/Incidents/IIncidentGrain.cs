using GridActors.Access;

namespace GridActors.Incidents;

/// <summary>One case (事件), keyed by its id.</summary>
[Alias("incident")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>Applies a command once per <paramref name="commandId"/>; a repeat returns the first outcome's version.
    /// With <paramref name="ifVersion"/>, the command applies only to the case at exactly that version.</summary>
    [Alias("handle")]
    Task<CommandResult> Handle(IncidentCommand command, string commandId, Actor actor, long? ifVersion = null);

    /// <summary>The worker the case is offered to went offline: an unacknowledged offer moves on as
    /// when its accept limit passes, once per offer however often this is called.</summary>
    /// <remarks>One-way: moving on tells the worker back, and the worker must not be waiting for it.</remarks>
    [Alias("handler-went-offline"), Orleans.Concurrency.OneWay]
    Task HandlerWentOffline(string workerId);

    /// <summary>What <see cref="Handle"/> would refuse the command now, or null; nothing is applied.
    /// Lets a caller refuse before costly work, such as storing a photo's bytes.</summary>
    [Alias("check")]
    Task<Refusal?> Check(IncidentCommand command, Actor actor);

    /// <summary>The case file, or null when nothing was ever reported under this id.</summary>
    [Alias("get")]
    Task<IncidentView?> Get();
}
