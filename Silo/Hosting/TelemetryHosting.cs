using GridActors.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GridActors.Silo.Hosting;

/// <summary>Where this process sends its telemetry over OTLP; registered only when it does.</summary>
public sealed record OtlpExport(Uri Endpoint);

/// <summary>OpenTelemetry for a Silo or a Gateway process (a co-hosted one sets it up once, for both):
/// the domain's meter, Orleans' meter and activity sources, the .NET runtime, outgoing HTTP (webhooks)
/// and Npgsql. Nothing leaves the process unless an OTLP endpoint is configured.</summary>
public static class TelemetryHosting
{
    /// <summary>An OTLP endpoint of our own settings; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// (with its <c>OTEL_EXPORTER_OTLP_*</c> companions) works as well.</summary>
    public const string EndpointSetting = "GridActors:Telemetry:OtlpEndpoint";

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c>, for <see cref="EndpointSetting"/>.</summary>
    public const string ProtocolSetting = "GridActors:Telemetry:OtlpProtocol";

    private const string StandardEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary><c>false</c> turns telemetry and the dashboard off (on by default): what their cost is
    /// measured against.</summary>
    public const string EnabledSetting = "GridActors:Telemetry:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration[EnabledSetting] switch
    {
        null or "" => true,
        var value when bool.TryParse(value, out var enabled) => enabled,
        // "off" or "0" would otherwise leave it on, and a baseline meant to run without it would not.
        var value => throw new InvalidOperationException($"{EnabledSetting} '{value}' is neither true nor false."),
    };

    /// <summary>Orleans 10's meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The OTLP endpoint this process exports to, or null when it exports nothing.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration) =>
        configuration[EndpointSetting] is { Length: > 0 } own ? Endpoint(EndpointSetting, own)
        : configuration[StandardEndpoint] is { Length: > 0 } standard ? Endpoint(StandardEndpoint, standard)
        : null;

    /// <summary>Checked here, so a mistyped endpoint stops the start naming its setting: "collector:4317"
    /// parses as a URI of scheme "collector", and the exporter would fail later, far from the cause.</summary>
    private static Uri Endpoint(string setting, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri
        : throw new InvalidOperationException($"{setting} '{value}' is not an http:// or https:// address.");

    /// <summary>Anything else would quietly mean gRPC, which a collector listening for HTTP never answers.</summary>
    private static OtlpExportProtocol Protocol(IConfiguration configuration) => configuration[ProtocolSetting] switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        var other => throw new InvalidOperationException($"{ProtocolSetting} '{other}' is neither grpc nor http/protobuf."),
    };

    /// <summary>Spans are made only when they go somewhere: a span nobody exports costs every grain call
    /// its allocation and propagation for nothing.</summary>
    public static OpenTelemetryBuilder AddGridActorsTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddMeter(DomainMetrics.MeterName, OrleansMeter)
                .AddRuntimeInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation());
        if (OtlpEndpoint(configuration) is not { } endpoint) return telemetry;
        telemetry.WithTracing(tracing => tracing
            // Grain calls, activations and storage; not the runtime's own source, whose membership
            // reads, timers and the dashboard's once-a-second polls would each be a trace of their own.
            .AddSource(
                Orleans.Diagnostics.ActivitySources.ApplicationGrainActivitySourceName,
                Orleans.Diagnostics.ActivitySources.LifecycleActivitySourceName,
                Orleans.Diagnostics.ActivitySources.StorageActivitySourceName)
            .AddHttpClientInstrumentation()
            .AddNpgsql());
        if (configuration[EndpointSetting] is { Length: > 0 }) telemetry.UseOtlpExporter(Protocol(configuration), endpoint);
        else telemetry.UseOtlpExporter();
        services.AddSingleton(new OtlpExport(endpoint));
        return telemetry;
    }
}
