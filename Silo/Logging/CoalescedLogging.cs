using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridActors.Silo.Logging;

public static class CoalescedLogging
{
    /// <summary>The host's logger factory, with repeated warnings written once a minute on the wall
    /// clock (not the domain clock, which tests hold still). Every provider the host or a test adds
    /// still receives what is written.</summary>
    public static IServiceCollection AddCoalescedWarnings(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new CoalescingLoggerFactory(
            new LoggerFactory(
                sp.GetServices<ILoggerProvider>(),
                sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                sp.GetService<IOptions<LoggerFactoryOptions>>(),
                sp.GetService<IExternalScopeProvider>()),
            TimeProvider.System)));
        return services;
    }
}
