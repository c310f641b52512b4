using System.Text.Json;
using GridActors.Access;
using GridActors.Territory;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests.Warnings;

/// <summary>A test with a gateway of its own: the warnings follow one log and one clock, which no two
/// tests may share.</summary>
public abstract class WarningsTest : IAsyncLifetime
{
    protected WarningsGatewayFactory Gateway { get; } = new();

    public Task InitializeAsync() => Gateway.InitializeAsync();

    public Task DisposeAsync() => Gateway.DisposeAsync().AsTask();

    /// <summary>The id of an alert or warning as pushed to a board.</summary>
    protected static string Id(JsonElement alert) => alert.GetProperty("id").GetString()!;

    /// <summary>An area's board on a real SignalR client, recording the alerts raised and cleared from the start.</summary>
    protected async Task<Board> Watch(Actor centre, string area)
    {
        var connection = Gateway.Hub("/hubs/board", centre);
        var board = new Board(connection, new(connection, "alertRaised"), new(connection, "alertCleared"));
        await connection.StartAsync();
        await connection.InvokeAsync<AreaBoard>("WatchArea", area);
        return board;
    }

    /// <summary>The alert with <paramref name="id"/> once it has been pushed.</summary>
    protected static async Task<JsonElement> Pushed(Recorder<JsonElement> recorder, string id)
    {
        await recorder.WaitFor(r => r.Any(a => Id(a) == id));
        return recorder.Received.Single(a => Id(a) == id);
    }

    protected sealed record Board(HubConnection Connection, Recorder<JsonElement> Raised, Recorder<JsonElement> Cleared) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
