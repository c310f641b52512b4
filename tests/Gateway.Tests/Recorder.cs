using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests;

/// <summary>Collects what a hub pushes under one event name, and lets a test await the moment a
/// condition over everything received so far holds: a signal, never a sleep.</summary>
public sealed class Recorder<T>
{
    private readonly Collected<T> received = new();

    public Recorder(HubConnection connection, string eventName) => connection.On<T>(eventName, received.Add);

    public IReadOnlyList<T> Received => received.Items;

    public Task WaitFor(Func<IReadOnlyList<T>, bool> until) => received.WaitFor(until);
}
