using GridActors.Calendar;
using GridActors.Incidents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GridActors;

public static class DomainServices
{
    /// <summary>What the grains need besides Orleans: the category catalogue, the working calendar,
    /// the deadline policy and a clock, each replaceable (tests register a fake clock first).</summary>
    public static IServiceCollection AddGridActorsDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(CategoryCatalogue.Default);
        services.TryAddSingleton(WorkingCalendar.Default);
        services.TryAddSingleton(DeadlinePolicy.Default);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
