using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Pages;

/// <summary>The browser pages: the command-centre board at <c>/</c> and the worker app at <c>/app</c>,
/// both built by Vite into <c>Web/dist</c> (see Web/Web.targets). A path the API, the hubs, the
/// OpenAPI document and the health checks do not own falls back to its page's index.html, so the
/// pages' own routes (<c>/wall</c>, <c>/app/…</c>) survive a reload. The app lives under <c>/app/</c>,
/// its service worker's scope (see Web/src/app/sw.ts), so <c>/app</c> is sent there: a page outside
/// that scope would not open without a network.</summary>
public static class WebPages
{
    private static readonly string[] ServerPaths = ["/api", "/openapi", "/hubs", "/health"];

    public static WebApplication UseWebPages(this WebApplication app)
    {
        if (Files(app) is not { } files) return app;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Bundles are named by their content hash: cache them for good; the index pages never.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        return app;
    }

    public static void MapWebPages(this WebApplication app)
    {
        var files = Files(app);
        app.MapFallback(context => Page(context, files)).AllowAnonymous();
        app.MapGet("/", context => Page(context, files)).ExcludeFromDescription().AllowAnonymous();
    }

    private static PhysicalFileProvider? Files(WebApplication app)
    {
        var folder = Path.Combine(app.Environment.ContentRootPath, "Web", "dist");
        return Directory.Exists(folder) ? new PhysicalFileProvider(folder) : null;
    }

    private static async Task Page(HttpContext context, PhysicalFileProvider? files)
    {
        var path = context.Request.Path;
        if (ServerPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (path.Equals("/app", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect($"/app/{context.Request.QueryString}", permanent: true);
            return;
        }
        var page = files?.GetFileInfo(path.StartsWithSegments("/app", StringComparison.OrdinalIgnoreCase) ? "app/index.html" : "index.html");
        if (page is not { Exists: true })
        {
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                detail: "The board was not built: build the Gateway (dotnet build runs npm ci and the Vite build in Gateway/Web).").ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        await context.Response.SendFileAsync(page);
    }
}
