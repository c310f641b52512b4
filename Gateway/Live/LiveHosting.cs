namespace GridActors.Gateway.Live;

public static class LiveHosting
{
    public static IServiceCollection AddGridActorsLive(this IServiceCollection services)
    {
        services.AddSingleton<LiveForwarder>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveForwarder>());
        services.AddHostedService<LiveSubscription>();
        services.AddSingleton<SignedInConnections>();
        services.AddHostedService<SignedInConnectionsSweep>();
        return services;
    }

    public static void MapLiveHubs(this IEndpointRouteBuilder app)
    {
        app.MapHub<BoardHub>("/hubs/board");
        app.MapHub<WorkerHub>("/hubs/worker");
    }
}
