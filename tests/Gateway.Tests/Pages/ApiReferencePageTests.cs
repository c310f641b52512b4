using System.Diagnostics;

namespace GridActors.Tests.Pages;

/// <summary>The browsable API reference, rendered by a real headless Chromium.</summary>
public class ApiReferencePageTests(KestrelGatewayFactory gateway) : IClassFixture<KestrelGatewayFactory>
{
    [Fact]
    public async Task The_API_reference_page_renders_the_operations_from_the_OpenAPI_document()
    {
        var page = new Uri(gateway.Address, "/api/");

        var dom = await Chromium.DumpDom(page);

        // Rendered by the page's scripts from /openapi/v1.json: the first group open, the rest listed.
        Assert.Contains("<title>GridActors API</title>", dom);
        Assert.Contains("Mint a development token (embedded default only)", dom);
        Assert.Contains("/api/v1/dev/tokens", dom);
        foreach (var group in new[] { "Areas", "Incidents", "Workers", "Territory" })
            Assert.Contains($"Open Group - {group}", dom);
        // The document's security schemes let the page send a token; the vendor's extras are off.
        Assert.Contains("Bearer Token", dom);
        foreach (var extra in new[] { "Ask AI", "Open API Client", "Download OpenAPI", "Generate SDK" })
            Assert.DoesNotContain(extra, dom);
    }
}

/// <summary>Debian's Chromium, headless, with the network quiet except for the page asked for.
/// Virtual time lets the page's scripts fetch and render before the DOM is read, without a sleep.</summary>
public static class Chromium
{
    public static async Task<string> DumpDom(Uri page)
    {
        var profile = Directory.CreateTempSubdirectory("gridactors-chromium-");
        try
        {
            var info = new ProcessStartInfo(Executable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={profile.FullName}", "--virtual-time-budget=15000", "--dump-dom", page.ToString(),
            })
                info.ArgumentList.Add(argument);
            using var chromium = System.Diagnostics.Process.Start(info)!;
            var dom = chromium.StandardOutput.ReadToEndAsync();
            var errors = chromium.StandardError.ReadToEndAsync();
            await chromium.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(chromium.ExitCode == 0, $"chromium exited with {chromium.ExitCode}: {await errors}");
            return await dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string Executable() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed: `apt-get install chromium` (tests/run-all.sh does it)");
}
