using System.Text.Json;
using GridActors.Access;
using GridActors.Territory;
using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Hosting;

/// <summary><c>GridActors:Territory:File</c>: a GeoJSON FeatureCollection of one district's grids,
/// imported as the silo becomes active, as that district's admin would over HTTP. The same file
/// again changes nothing; a file with findings stops the start, naming them, and changes nothing.</summary>
public sealed class TerritoryFile(string path, IGrainFactory grains, ILogger<TerritoryFile> log) : ILifecycleParticipant<ISiloLifecycle>
{
    public const string Setting = "GridActors:Territory:File";

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(TerritoryFile), ServiceLifecycleStage.Active, Import);

    private async Task Import(CancellationToken cancellation)
    {
        var json = await File.ReadAllTextAsync(path, cancellation);
        var districts = Districts(json);
        if (districts.Count > 1)
            throw new InvalidOperationException($"{Setting} {path} holds grids of {districts.Count} districts ({string.Join(", ", districts)}); the territory is one district's");
        var admin = new Actor("system-territory-file", Role.Admin, districts.FirstOrDefault() ?? "");
        var result = await grains.GetGrain<ITerritoryGrain>(0).Import(json, dryRun: false, admin);
        if (result.Refusal is { } refusal) throw new InvalidOperationException($"{Setting} {path} was refused: {refusal.Reason}");
        if (result.Outcome == ImportOutcome.Rejected)
            throw new InvalidOperationException($"{Setting} {path} was not imported; nothing changed. Findings:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Findings.Select(f => $"- {f.Kind}: {f.Message}")));
        log.LogInformation("Territory file {Path}: {Outcome}, {Grids} grids, version {Version}, retired {Retired}",
            path, result.Outcome, result.Grids, result.Version, result.Retired?.Count ?? 0);
    }

    /// <summary>The districts the file's grid codes name, read without the geometry, so the import
    /// can act as their admin; anything malformed is left for the import to report.</summary>
    private static List<string> Districts(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array) return [];
            return [.. features.EnumerateArray()
                .Select(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                    && p.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null)
                .Where(AreaCode.IsGrid).Select(code => code![..6]).Distinct().Order(StringComparer.Ordinal)];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
