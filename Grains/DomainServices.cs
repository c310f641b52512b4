using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Territory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GridActors;

public static class DomainServices
{
    /// <summary>What the grains need besides Orleans: the category catalogue, the working calendar,
    /// the deadline and duplicate policies and a clock, each replaceable (tests register a fake clock first), and
    /// this silo's copy of the territory.</summary>
    public static IServiceCollection AddGridActorsDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(CategoryCatalogue.Default);
        services.TryAddSingleton(WorkingCalendar.Default);
        services.TryAddSingleton(DeadlinePolicy.Default);
        services.TryAddSingleton(DuplicatePolicy.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TerritoryIndex>();
        return services;
    }
}
