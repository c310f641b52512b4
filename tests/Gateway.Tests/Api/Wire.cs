using System.Text.Json;

namespace GridActors.Tests.Api;

/// <summary>The gateway's own JSON settings, so tests read and write exactly what clients do.</summary>
public static class Wire
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        GridActors.Gateway.Hosting.Json.Configure(options);
        return options;
    }
}
