using GridActors.Warnings;
using Microsoft.Extensions.Configuration;

namespace GridActors.Silo.Hosting;

/// <summary>The early-warning thresholds from <c>GridActors:Warnings</c>; a value that cannot work stops the start, naming its key.</summary>
public static class WarningConfiguration
{
    public static WarningSettings FromConfiguration(IConfiguration configuration)
    {
        var settings = configuration.GetSection(WarningSettings.Section).Get<WarningSettings>() ?? WarningSettings.Default;
        var faults = settings.Faults();
        return faults.Count == 0 ? settings : throw new InvalidOperationException(string.Join("; ", faults));
    }
}
