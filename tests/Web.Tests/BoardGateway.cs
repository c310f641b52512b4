using System.Net.Http.Headers;
using System.Text;
using GridActors.Access;
using GridActors.Territory;
using GridActors.Tests.Pages;
using GridActors.Tests.Territory;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GridActors.Tests.Web;

/// <summary>The gateway on Kestrel with a town of four grid squares (village 320412101001 of town
/// 320412101), two on-duty workers in its first grid, and Debian's Chromium driven by Playwright.</summary>
public class BoardGateway : KestrelGatewayFactory
{
    public const string Town = "320412101";
    public const string Grid = Tiles.Village + "-01";
    public static readonly string[] Grids = [.. Enumerable.Range(1, 4).Select(n => $"{Tiles.Village}-{n:D2}")];
    public static readonly Actor Operator = new($"op-{Town}", Role.Operator, Town);
    public static readonly Actor Admin = new("admin", Role.Admin, "320412");
    public static readonly Actor[] Workers = [new("w-first", Role.Worker, Grid), new("w-second", Role.Worker, Grid)];

    /// <summary>The town operator's password: its account is made by the district admin at start.</summary>
    public const string OperatorPassword = "canal-side night shift";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var admin = Http(Admin);
        var territory = Tiles.Collection(Tiles.Square(1, 0, 0), Tiles.Square(2, 1, 0), Tiles.Square(3, 0, 1), Tiles.Square(4, 1, 1));
        (await admin.PostAsync("/api/v1/territory/import", new StringContent(territory, Encoding.UTF8, "application/geo+json"))).EnsureSuccessStatusCode();
        foreach (var worker in Workers)
        {
            (await admin.PutAsync($"/api/v1/workers/{worker.Id}", Json($$"""{"name":"{{worker.Id}}","kind":"FullTime","grids":["{{Grid}}"]}"""))).EnsureSuccessStatusCode();
            using var self = Http(worker);
            (await self.PutAsync($"/api/v1/workers/{worker.Id}/duty", Json("""{"duty":"OnDuty"}"""))).EnsureSuccessStatusCode();
        }
        (await admin.PostAsync("/api/v1/accounts", Json($$"""
            {"login":"{{Operator.Id}}","displayName":"值班员","role":"Operator","scope":"{{Town}}","password":"{{OperatorPassword}}"}
            """))).EnsureSuccessStatusCode();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>An HTTP client to the Kestrel address, as another program would call the gateway.</summary>
    public HttpClient Http(Actor actor)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(actor));
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A page of its own browser context, not signed in.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPage(string locale = "zh-CN")
    {
        var context = await NewContext(locale);
        return (context, await context.NewPageAsync());
    }

    /// <summary>A page of its own browser context, signed in as <paramref name="actor"/>: the session is
    /// stored the way the sign-in page stores it, with a development token, for tests about what
    /// comes after signing in.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInPage(Actor actor, string locale = "zh-CN", GeoPoint? phoneAt = null)
    {
        var context = await NewContext(locale, phoneAt);
        var session = $$"""{"accessToken":"{{TokenFor(actor)}}","expiresAt":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds()}}}""";
        await context.AddInitScriptAsync($"sessionStorage.setItem('gridactors.session', {System.Text.Json.JsonSerializer.Serialize(session)});");
        return (context, await context.NewPageAsync());
    }

    /// <summary>A workstation's window, or with <paramref name="phoneAt"/> a phone's screen (touch, 390×844)
    /// that may read its position, standing there until the test moves it.</summary>
    private async Task<IBrowserContext> NewContext(string locale, GeoPoint? phoneAt = null)
    {
        var context = await Browser.NewContextAsync(phoneAt is null
            ? new() { BaseURL = Address.ToString(), Locale = locale, ViewportSize = new() { Width = 1600, Height = 1000 } }
            : new()
            {
                BaseURL = Address.ToString(), Locale = locale, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
                Permissions = ["geolocation", "notifications"], Geolocation = new() { Latitude = (float)phoneAt.Latitude, Longitude = (float)phoneAt.Longitude, Accuracy = 8 },
            });
        await context.AddInitScriptAsync($"localStorage.setItem('gridactors.locale', '{locale}');");
        return context;
    }

    /// <summary>A worker app's hub connection over the real socket, token in the query string as browsers send it.</summary>
    public HubConnection WorkerHub(Actor worker) => new HubConnectionBuilder()
        .WithUrl(new Uri(Address, "/hubs/worker"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(TokenFor(worker)))
        .AddJsonProtocol(o => GridActors.Gateway.Hosting.Json.Configure(o.PayloadSerializerOptions))
        .Build();

    /// <summary>Where screenshots go: the test output's artefacts folder.</summary>
    public static string Artefact(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artefacts")).FullName;
        return Path.Combine(folder, name);
    }
}
