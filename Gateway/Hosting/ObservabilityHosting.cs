using GridActors.Gateway.Auth;
using GridActors.Gateway.Observability;
using GridActors.Silo.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

namespace GridActors.Gateway.Hosting;

/// <summary>The gateway's telemetry (a co-hosted silo's included: one set-up per process), with its
/// incoming requests; the admins' Prometheus scrape; the Orleans dashboard.</summary>
public static class ObservabilityHosting
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddGridActorsObservability(this WebApplicationBuilder builder)
    {
        if (!TelemetryHosting.IsEnabled(builder.Configuration)) return builder;
        var service = ClusterHosting.IsRemote(builder.Configuration) ? "GridActors.Gateway" : "GridActors";
        var telemetry = builder.Services.AddGridActorsTelemetry(builder.Configuration, service)
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddPrometheusExporter());
        // Scrapes and the dashboard's once-a-second polls would each be a trace of their own.
        if (TelemetryHosting.OtlpEndpoint(builder.Configuration) is not null)
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(o => o.Filter = context =>
                !context.Request.Path.StartsWithSegments(MetricsPath) && !context.Request.Path.StartsWithSegments(DashboardSession.Path)));
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        if (!TelemetryHosting.IsEnabled(app.Configuration)) return app;
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.MetricsReaders);
        app.MapDashboardSession();
        app.MapOrleansDashboard(DashboardSession.Path)
            .RequireAuthorization(Policies.PlatformAdmin)
            .AddEndpointFilter(DashboardSession.RefuseGrainState)
            .ExcludeFromDescription();
        return app;
    }
}
