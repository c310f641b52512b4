using GridActors.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Hosting;

/// <summary>A mistyped telemetry setting stops the start naming itself, rather than failing with a bare
/// URI error or, for the protocol, exporting by gRPC to a collector that listens for HTTP.</summary>
public sealed class TelemetrySettingsTests
{
    [Fact]
    public void An_endpoint_that_is_not_an_absolute_uri_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            TelemetryHosting.OtlpEndpoint(Configuration((TelemetryHosting.EndpointSetting, "collector:4317"))));

        Assert.Contains(TelemetryHosting.EndpointSetting, error.Message);
    }

    [Fact]
    public void An_unknown_protocol_is_refused_naming_the_ones_that_exist()
    {
        var configuration = Configuration((TelemetryHosting.EndpointSetting, "http://127.0.0.1:4318"), (TelemetryHosting.ProtocolSetting, "http"));

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddGridActorsTelemetry(configuration, "test"));

        Assert.Contains(TelemetryHosting.ProtocolSetting, error.Message);
        Assert.Contains("http/protobuf", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("grpc")]
    [InlineData("http/protobuf")]
    public void A_known_protocol_or_none_is_taken(string? protocol)
    {
        var configuration = Configuration((TelemetryHosting.EndpointSetting, "http://127.0.0.1:4318"), (TelemetryHosting.ProtocolSetting, protocol));

        var services = new ServiceCollection();
        services.AddGridActorsTelemetry(configuration, "test");

        Assert.Equal(new Uri("http://127.0.0.1:4318"), services.BuildServiceProvider().GetRequiredService<OtlpExport>().Endpoint);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void Telemetry_is_on_unless_turned_off(string? setting, bool enabled) =>
        Assert.Equal(enabled, TelemetryHosting.IsEnabled(Configuration((TelemetryHosting.EnabledSetting, setting))));

    [Fact]
    public void A_switch_that_is_neither_true_nor_false_is_refused_rather_than_leaving_telemetry_on()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TelemetryHosting.IsEnabled(Configuration((TelemetryHosting.EnabledSetting, "off"))));

        Assert.Contains(TelemetryHosting.EnabledSetting, error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
}
