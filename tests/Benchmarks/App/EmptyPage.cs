namespace GridActors.Benchmarks.App;

/// <summary>The app shell's baseline: an empty HTML page served by the gateway's own process and
/// Kestrel, ahead of its routes, so the two loads differ only in what the app's page brings.</summary>
public sealed class EmptyPage : IStartupFilter
{
    public const string Path = "/bench/empty";
    private const string Html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>empty</title></head><body></body></html>";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, rest) =>
        {
            if (context.Request.Path != Path)
            {
                await rest(context);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Html);
        });
        next(app);
    };
}
