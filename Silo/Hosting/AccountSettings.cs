using GridActors.Accounts;
using GridActors.Silo.Storage;
using Microsoft.Extensions.Configuration;

namespace GridActors.Silo.Hosting;

/// <summary>The account policy from <c>GridActors:Accounts</c> (<c>MaxFailures</c>, <c>Lockout</c>,
/// <c>RefreshLifetime</c>, <c>MaxSessions</c>), and development mode as the gateway reads it
/// (<c>GridActors:Auth:Development</c>, by default on for the embedded backend only).</summary>
public static class AccountSettings
{
    public const string DevelopmentSetting = "GridActors:Auth:Development";

    public static bool IsDevelopment(IConfiguration configuration) =>
        configuration.GetValue<bool?>(DevelopmentSetting) ?? StorageSettings.FromConfiguration(configuration).Backend == StorageBackend.Embedded;

    public static AccountPolicy FromConfiguration(IConfiguration configuration)
    {
        var policy = (configuration.GetSection(AccountPolicy.Section).Get<AccountPolicy>() ?? AccountPolicy.Default) with
        {
            Development = IsDevelopment(configuration),
        };
        if (policy.MaxFailures < 1) throw new InvalidOperationException($"{AccountPolicy.Section}:MaxFailures must be at least 1");
        if (policy.Lockout <= TimeSpan.Zero || policy.RefreshLifetime <= TimeSpan.Zero)
            throw new InvalidOperationException($"{AccountPolicy.Section}:Lockout and RefreshLifetime must be positive");
        if (policy.MaxSessions < 1) throw new InvalidOperationException($"{AccountPolicy.Section}:MaxSessions must be at least 1");
        return policy;
    }
}
