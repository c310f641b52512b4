using System.Text.Json;
using System.Text.Json.Serialization;

namespace GridActors.Gateway.Hosting;

/// <summary>One JSON shape for REST and SignalR: camelCase, enums by name, and strict about what
/// a request must carry, so a missing field is an error naming it rather than a silent default.</summary>
public static class Json
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;
        options.Converters.Add(new ChinaStandardTime());
    }

    /// <summary>Times go out at +08:00, the offset everyone using the product lives in; any offset is read.</summary>
    private sealed class ChinaStandardTime : JsonConverter<DateTimeOffset>
    {
        private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToOffset(Offset));
    }
}
