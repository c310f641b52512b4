namespace GridActors.Gateway.Http;

public static class NoStore
{
    /// <summary>Every answer of these routes carries <c>Cache-Control: no-store</c>: personal data is kept by
    /// no cache on the way and none on the device (a phone's HTTP cache included), only in the page that asked.</summary>
    public static TBuilder StoredNowhere<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
}
