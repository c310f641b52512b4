using System.Text.Json;
using System.Text.Json.Serialization;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests.Upgrade;

/// <summary>What the release before the event log (0248a5a) answered through its API for the cases,
/// the grid and the worker of a fixture database, recorded beside it (Fixtures/README.md).</summary>
public sealed record RecordedRelease(IReadOnlyList<IncidentView> Cases, GridView Grid, WorkerView Worker)
{
    /// <summary>The service the fixture's rows belong to: the release's default.</summary>
    public const string ServiceId = "gridactors";

    private static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>For comparing: every instant in UTC, so an answer in China time and a grain's view in
    /// UTC of the same instants read the same.</summary>
    private static readonly JsonSerializerOptions Comparable = new(Api) { Converters = { new JsonStringEnumConverter(), new UtcInstants() } };

    public static RecordedRelease Load(string file) =>
        JsonSerializer.Deserialize<RecordedRelease>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", file)), Api)!;

    /// <summary>The instant the views were recorded at, as near as the fixture tells: its last event.</summary>
    public DateTimeOffset RecordedAt => Cases.SelectMany(c => c.History).Max(e => e.At);

    public IncidentView Case(IncidentStatus status) => Cases.First(c => c.Status == status);

    /// <summary>The case as the log gives it back: the log keeps an event's time to the microsecond
    /// (PostgreSQL's precision), where the release kept ticks; its clocks are kept whole.</summary>
    public static IncidentView AsLogged(IncidentView recorded) => recorded with
    {
        ReportedAt = Microseconds(recorded.ReportedAt),
        History = [.. recorded.History.Select(e => e with { At = Microseconds(e.At) })],
    };

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Comparable);

    private static DateTimeOffset Microseconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % 10));

    private sealed class UtcInstants : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToUniversalTime());
    }
}
