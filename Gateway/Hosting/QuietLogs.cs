using GridActors.Silo.Logging;

namespace GridActors.Gateway.Hosting;

/// <summary>Log levels a deployment starts from, beneath every other configuration source, so
/// <c>Logging:LogLevel:…</c> in settings or the environment still wins: no line per request (the
/// framework's request and endpoint logs need Debug), and no SignalR error for a hub call the hub
/// refused on purpose (<see cref="Live.HubRefusals"/> logs every hub failure itself); and a warning
/// repeated within a minute is one line and a count (<see cref="CoalescedLogging"/>).</summary>
public static class QuietLogs
{
    public static WebApplicationBuilder AddQuietLogDefaults(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher"] = "None",
                ["Logging:LogLevel:Orleans"] = "Warning",
            },
        });
        builder.Services.AddCoalescedWarnings();
        return builder;
    }
}
