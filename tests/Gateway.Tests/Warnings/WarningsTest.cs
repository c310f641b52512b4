using System.Text.Json;

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
}
