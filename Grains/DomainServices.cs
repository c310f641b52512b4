using GridActors.Accounts;
using GridActors.Calendar;
using GridActors.Configuration;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Territory;
using GridActors.Warnings;
using GridActors.Webhooks;
using GridActors.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;

namespace GridActors;

public static class DomainServices
{
    /// <summary>What the grains need besides Orleans: the category catalogue, the working calendar,
    /// the deadline, worker and duplicate policies and a clock, each replaceable (tests register a fake clock first), and
    /// this silo's copy of the territory. The catalogue and calendar are the ones in force
    /// (<see cref="LiveConfiguration"/>, the shipped files unless the host registered its own): a
    /// grain that must see an admin's change from its next call reads them from there per call.</summary>
    public static IServiceCollection AddGridActorsDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => LiveConfiguration.FromFiles(null, null));
        services.TryAddSingleton<ConfigurationRefresh>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, ConfigurationRefresh>(sp => sp.GetRequiredService<ConfigurationRefresh>()));
        services.TryAddSingleton(DeadlinePolicy.Default);
        services.TryAddSingleton(WorkerPolicy.Default);
        services.TryAddSingleton(DuplicatePolicy.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(AccountPolicy.Default);
        services.TryAddSingleton<Passwords>();
        services.TryAddSingleton<TerritoryIndex>();
        services.TryAddSingleton<LogAppends>();
        services.AddWebhooks();
        services.TryAddSingleton(WarningSettings.Default);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, WarningsStart>());
        services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = NextInstantReminder.CatchUpPeriod);
        return services;
    }
}
