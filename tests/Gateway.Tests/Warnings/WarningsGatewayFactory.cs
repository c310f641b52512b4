using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Api;
using GridActors.Warnings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Warnings;

/// <summary>A gateway of its own for the warnings, with the territory of two towns in a row of 0.001°
/// tiles (town 101: village 001's grids 01–03 and village 002's 01–02; town 102: one grid) and a fake
/// clock on a weekday evening. The surge's thresholds are small, so a test reports a few cases, not
/// hundreds: a day's window against the 3 days before it, mean + 2 sd, at least 3 cases.</summary>
public sealed class WarningsGatewayFactory : GatewayFactory
{
    public const string District = "320412";
    public const string TownCode = "320412101";
    public const string OtherTownCode = "320412102";

    public static readonly Actor Admin = new("admin", Role.Admin, District);
    public static readonly Actor Operator = new($"op-{TownCode}", Role.Operator, TownCode);
    public static readonly Actor OtherOperator = new($"op-{OtherTownCode}", Role.Operator, OtherTownCode);

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 20, 0, 0, TimeSpan.FromHours(8)));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GridActors:Warnings:SurgeHistory"] = "3",
        ["GridActors:Warnings:SurgeDeviations"] = "2",
        ["GridActors:Warnings:SurgeMinimumCases"] = "3",
        ["GridActors:Warnings:Sender"] = "gridactors.test",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseFakeClock(builder, Time);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var admin = As(Admin);
        string[] grids = [$"{TownCode}001-01", $"{TownCode}001-02", $"{TownCode}001-03", $"{TownCode}002-01", $"{TownCode}002-02", $"{OtherTownCode}001-01"];
        var file = Collection([.. grids.Select((code, column) => Feature(code, Polygon(Ring(column, 0, 1, 1))))]);
        var response = await admin.PostAsync("/api/v1/territory/import", new StringContent(file, Encoding.UTF8, "application/geo+json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reports a case at a point of the tile row as the operator of its town; its id.</summary>
    public async Task<string> Report(Actor reporter, GeoPoint at, string category = "environment.rubbish")
    {
        using var http = As(reporter);
        var response = await http.PostAsJsonAsync("/api/v1/incidents",
            new Report(IncidentSource.Hotline12345, category, Urgency.Normal, "来电反映", Location: at), Wire.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<IncidentView>(Wire.Options))!.Id;
    }

    /// <summary>What the warnings make of the log and the clock now: the follower also reads on its own,
    /// so this only makes sure it has read everything before a test looks.</summary>
    public Task CatchUp() => Services.GetRequiredService<IGrainFactory>().GetGrain<IWarningsGrain>(0).CatchUp();

    public async Task<IReadOnlyList<EarlyWarning>> Open(Actor reader, string area)
    {
        using var http = As(reader);
        var body = await http.GetFromJsonAsync<JsonElement>($"/api/v1/warnings?area={area}", Wire.Options);
        return body.GetProperty("warnings").Deserialize<List<EarlyWarning>>(Wire.Options)!;
    }

    /// <summary>The CAP message of a warning as served (its latest version unless one is named).</summary>
    public async Task<string> Cap(Actor reader, string id, int? version = null)
    {
        using var http = As(reader);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/warnings/{id}" + (version is { } v ? $"?version={v}" : ""));
        request.Headers.Accept.ParseAdd("application/cap+xml");
        var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/cap+xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
