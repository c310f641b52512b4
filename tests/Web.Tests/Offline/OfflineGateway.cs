using System.Net;
using System.Text;
using System.Text.Json;
using GridActors.Tests.Process;
using GridActors.Tests.Territory;
using Microsoft.Playwright;

namespace GridActors.Tests.Web.Offline;

/// <summary>The embedded default as its own process on a fixed loopback port and data folder, so it
/// can be SIGKILLed and started again where it was; a village of four grid squares, one on-duty worker
/// in the first; and Debian's Chromium as that worker's phone: a mobile viewport, geolocation granted
/// and set in the first grid, signed in.</summary>
public sealed class OfflineGateway : IAsyncLifetime
{
    public const string Town = "320412101";
    public const string Grid = Tiles.Village + "-01";
    public const string WorkerId = "w-320412101001-01-7";
    public static readonly GridActors.Territory.GeoPoint Here = Tiles.At(0.5, 0.5);

    private readonly string folder = Directory.CreateTempSubdirectory("gridactors-offline-").FullName;
    private readonly string siloPort = FreePort.Next().ToString();
    private readonly string gatewayPort = FreePort.Next().ToString();
    private readonly List<AppProcess> processes = [];
    private IPlaywright? playwright;

    public Uri Address { get; } = new($"http://127.0.0.1:{FreePort.Next()}");
    public GatewayApi Api { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public AppProcess Gateway => processes[^1];
    public string Operator { get; private set; } = "";
    public string Worker { get; private set; } = "";

    private Dictionary<string, string> Environment => new()
    {
        ["GridActors__Storage__DatabasePath"] = Path.Combine(folder, "gridactors.db"),
        ["GridActors__Silo__SiloPort"] = siloPort,
        ["GridActors__Silo__GatewayPort"] = gatewayPort,
        ["GridActors__Demo__Seed"] = "false",
        ["ASPNETCORE_URLS"] = Address.ToString(),
    };

    public async Task InitializeAsync()
    {
        await StartAsync("gateway");
        Api = new GatewayApi(Address);
        var admin = await Api.TokenAsync(new { role = "admin", areaCode = "320412" });
        Operator = await Api.TokenAsync(new { role = "operator", areaCode = Town });
        Worker = await Api.TokenAsync(new { role = "worker", areaCode = Grid, workerId = WorkerId });
        using (var http = new HttpClient { BaseAddress = Address })
        {
            using var import = new HttpRequestMessage(HttpMethod.Post, "/api/v1/territory/import")
            {
                Content = new StringContent(Tiles.Collection(Tiles.Square(1, 0, 0), Tiles.Square(2, 1, 0), Tiles.Square(3, 0, 1), Tiles.Square(4, 1, 1)), Encoding.UTF8, "application/geo+json"),
            };
            import.Headers.Authorization = new("Bearer", admin);
            (await http.SendAsync(import)).EnsureSuccessStatusCode();
        }
        GatewayApi.Expect(HttpStatusCode.OK, await Api.SendAsync(HttpMethod.Put, $"/api/v1/workers/{WorkerId}", admin, new { name = "网格员七号", kind = "FullTime", grids = new[] { Grid } }));
        GatewayApi.Expect(HttpStatusCode.OK, await Api.SendAsync(HttpMethod.Put, $"/api/v1/workers/{WorkerId}/duty", Worker, new { duty = "OnDuty" }));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Starts the gateway (again) on the same port and data folder.</summary>
    public async Task StartAsync(string name) => processes.Add(await AppProcess.StartAsync(name, Programs.Gateway, Environment));

    /// <summary>A case the operator reports and files, which the platform offers to the worker: its id and version.</summary>
    public async Task<(string Id, long Version)> OfferedCase(string title)
    {
        var reported = GatewayApi.Expect(HttpStatusCode.Created, await Api.SendAsync(HttpMethod.Post, "/api/v1/incidents", Operator,
            new { source = "Hotline12345", category = "environment.rubbish", urgency = "Normal", title, gridCode = Grid }));
        var id = reported["id"]!.GetValue<string>();
        var filed = GatewayApi.Expect(HttpStatusCode.OK, await Api.SendAsync(HttpMethod.Post, $"/api/v1/incidents/{id}/file", Operator, new { }));
        Assert.Equal(("Dispatched", WorkerId), (filed["status"]!.GetValue<string>(), filed["handler"]!.GetValue<string>()));
        return (id, filed["version"]!.GetValue<long>());
    }

    /// <summary>The worker's phone: its own browser context, signed in the way the sign-in stores a session.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> Phone()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            Locale = "zh-CN",
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            IsMobile = true,
            HasTouch = true,
            Geolocation = new() { Latitude = (float)Here.Latitude, Longitude = (float)Here.Longitude, Accuracy = 12 },
            Permissions = ["geolocation", "notifications"],
        });
        var session = $$"""{"accessToken":"{{Worker}}","expiresAt":{{DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeMilliseconds()}}}""";
        await context.AddInitScriptAsync($"sessionStorage.setItem('gridactors.session', {JsonSerializer.Serialize(session)});");
        return (context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        Api?.Dispose();
        foreach (var process in processes) await process.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
