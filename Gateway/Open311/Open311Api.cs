using GridActors.Gateway.Auth;

namespace GridActors.Gateway.Open311;

/// <summary>Open311 GeoReport v2 under <c>/open311/v2/</c>, for the hotline and other platforms that
/// speak it: every resource in XML or JSON by its extension, errors in the spec's own list. The routes
/// check the <c>api_key</c> themselves (the spec's way), so they are open to the authentication layer;
/// the OpenAPI document leaves them out, since their contract is the spec and the discovery document.</summary>
public static class Open311Api
{
    public const string Root = "/open311/v2";

    public static RouteGroupBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Root).AllowAnonymous().ExcludeFromDescription();
        api.MapGet("/discovery.{format}", Discover);
        api.MapGet("/services.{format}", ListServices);
        api.MapGet("/services/{code}.{format}", DefineService);
        api.MapPost("/requests.{format}", RequestSubmission.Post);
        api.MapGet("/requests.{format}", RequestReading.List);
        api.MapGet("/requests/{id}.{format}", RequestReading.One);
        api.MapGet("/tokens/{token}.{format}", RequestReading.Token);
        return api;
    }

    /// <summary>The format of an extension, or the 404 (in XML) of a resource in a format not served.</summary>
    public static (Format Format, Answer? Unknown) FormatOf(string extension) => Formats.Parse(extension) is { } format
        ? (format, null)
        : (Format.Xml, Errors.NotFound(Format.Xml, $"no format '{extension}': use xml or json"));

    private static IResult Discover(string format, HttpRequest request, AuthSettings settings, IConfiguration configuration)
    {
        var (asked, unknown) = FormatOf(format);
        return unknown ?? new Answer(Discovery.Document($"{request.Scheme}://{request.Host}{request.PathBase}{Root}", settings.IsDevelopment, configuration), asked);
    }

    private static async Task<IResult> ListServices(string format, HttpRequest request, IGrainFactory grains)
    {
        var (asked, unknown) = FormatOf(format);
        if (unknown is not null) return unknown;
        var (_, fault) = await Caller.District(Submission.Value(request.Query[Jurisdiction.Field]), null, grains);
        return fault is not null ? Errors.Of(asked, fault) : new Answer(Services.List(await Services.All(grains)), asked);
    }

    private static async Task<IResult> DefineService(string code, string format, HttpRequest request, IGrainFactory grains)
    {
        var (asked, unknown) = FormatOf(format);
        if (unknown is not null) return unknown;
        var (_, fault) = await Caller.District(Submission.Value(request.Query[Jurisdiction.Field]), null, grains);
        if (fault is not null) return Errors.Of(asked, fault);
        return (await Services.All(grains)).FirstOrDefault(s => s.Code == code) is { } service
            ? new Answer(Attributes.Definition(service), asked)
            : Errors.NotFound(asked, $"service_code '{code}' is not a service of this endpoint");
    }
}
