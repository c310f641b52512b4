using System.Globalization;
using System.Net;
using System.Text.Json;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.App;

/// <summary>The worker app (issue 14): its shell's weight and time to interactive on a phone's slow
/// network beside an empty page of the same gateway; and photo uploads over HTTP beside a bare
/// endpoint taking the same bytes in the same process.</summary>
public static class AppBenchmark
{
    public const int DefaultPhotos = 400;
    private const int Runs = 3;
    private const int PhotoBytes = 1_000_000;
    private const int Concurrency = 8;
    // Interactive: the worker's shell is up with their case lists, as the server answered them.
    private const string AppReady = "document.querySelector('[data-list=offers]') !== null";

    public static async Task Run(int photos)
    {
        Printer.Heading("Worker app benchmark (embedded gateway, Chromium headless)");
        Printer.Machine();
        var sqliteDirectory = Directory.CreateTempSubdirectory("gridactors-bench-");
        try
        {
            await using var host = GatewayHost.Embedded(Path.Combine(sqliteDirectory.FullName, "gridactors.db"), beside: new EmptyPage());
            await using var bare = await BareHost.Start();
            using var http = Clients.Http(host.Address);
            var api = new GatewayApi(http);
            var admin = await api.Token("admin", GatewayApi.District);
            await api.DefineTerritory(admin);
            var worker = await api.Token("worker", GatewayApi.Grid, GatewayApi.Worker);
            var @operator = await api.Token("operator", GatewayApi.Grid[..9]);
            await Shell(host.Address, worker);
            await Uploads(host.Address, bare.Address, api, @operator, photos);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            sqliteDirectory.Delete(recursive: true);
        }
    }

    private static async Task Shell(Uri address, string token)
    {
        await using var browser = await ThrottledBrowser.Launch(address);
        var empty = new List<Load>();
        var cold = new List<Load>();
        var warm = new List<Load>();
        for (var i = 0; i < Runs; i++)
        {
            await using (var phone = await browser.Phone(token)) empty.Add(await phone.Open(EmptyPage.Path, "true"));
            await using var app = await browser.Phone(token);
            cold.Add(await app.Open("/app/", AppReady));
            await app.InControl();
            warm.Add(await app.Reload(AppReady));
        }
        Printer.Heading($"App shell on Slow 4G (latency {562.5} ms, 1.4 Mbit/s down, 675 kbit/s up), fresh context each, median of {Runs}");
        Printer.Line($"empty page                 {Describe(empty)}");
        Printer.Line($"app, first visit           {Describe(cold)}");
        Printer.Line($"    = {Printer.Ratio(Median(cold, l => l.Interactive), Median(empty, l => l.Interactive), "the empty page's time")}, {Printer.Ratio(Median(cold, l => l.Transferred), Median(empty, l => l.Transferred), "its bytes")}");
        Printer.Line($"app, again (service worker) {Describe(warm)}");
        Printer.Line($"    = {Printer.Ratio(Median(warm, l => l.Interactive), Median(empty, l => l.Interactive), "the empty page's time")}");
    }

    private static async Task Uploads(Uri gateway, Uri bareAddress, GatewayApi api, string @operator, int photos)
    {
        // A few open cases to attach to, so no one case's grain takes every upload.
        var cases = new List<string>();
        for (var i = 0; i < Concurrency; i++)
        {
            using var report = await api.Report(@operator, GatewayApi.ReportJson(string.Create(CultureInfo.InvariantCulture, $"Photo benchmark case {i}")));
            using var view = JsonDocument.Parse(await report.Content.ReadAsStringAsync());
            cases.Add(view.RootElement.GetProperty("id").GetString()!);
        }
        using var gatewayHttp = Clients.Http(gateway);
        using var bareHttp = Clients.Http(bareAddress);
        // Warm-up photos of their own, so none of the measured ones is already stored.
        var warmup = new PhotoUploads(Concurrency * 2, PhotoBytes, firstSeed: -1_000);
        await warmup.Run(bareHttp, @operator, Concurrency, _ => "/upload", HttpStatusCode.OK);
        await warmup.Run(gatewayHttp, @operator, Concurrency, n => $"/api/v1/incidents/{cases[n % cases.Count]}/attachments", HttpStatusCode.Created);
        var bare = await new PhotoUploads(photos, PhotoBytes).Run(bareHttp, @operator, Concurrency, _ => "/upload", HttpStatusCode.OK);
        var product = await new PhotoUploads(photos, PhotoBytes).Run(gatewayHttp, @operator, Concurrency, n => $"/api/v1/incidents/{cases[n % cases.Count]}/attachments", HttpStatusCode.Created);

        Printer.Heading($"Photo uploads, {photos} distinct photos of {PhotoBytes / 1_000_000.0:N1} MB, {Concurrency} in flight, over HTTP on loopback");
        Printer.Line($"bare endpoint (reads the bytes)   {Uploaded(bare)}");
        Printer.Line($"POST …/attachments (SHA-256, type check, stored in SQLite, case event) {Uploaded(product)}");
        Printer.Line($"    = {Printer.Ratio(product.PerSecond, bare.PerSecond, "the bare endpoint")}; {Printer.Percentiles(product.Latency)}");
    }

    private static string Uploaded(Throughput t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.PerSecond * PhotoBytes / 1_000_000:N1} MB/s, {t.PerSecond:N1} uploads/s ({t.Succeeded} in {t.Elapsed.TotalSeconds:N1} s, {t.Failed} failed)");

    private static string Describe(List<Load> loads) => string.Create(CultureInfo.InvariantCulture,
        $"interactive {Median(loads, l => l.Interactive),7:N0} ms, {Median(loads, l => l.Transferred) / 1024.0,7:N1} KB transferred   ({string.Join(", ", loads.Select(l => $"{l.Interactive:N0} ms / {l.Transferred / 1024.0:N1} KB"))})");

    private static double Median(List<Load> loads, Func<Load, double> figure) => loads.Select(figure).Order().ElementAt(loads.Count / 2);
}
