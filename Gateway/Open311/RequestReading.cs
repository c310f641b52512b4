using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Incidents;
using GridActors.Incidents;

namespace GridActors.Gateway.Open311;

/// <summary><c>GET requests</c>, <c>requests/{id}</c> and <c>tokens/{token}</c>. Unlike the spec's
/// public default, reading needs the <c>api_key</c>: a system reads only the cases the platform lets
/// it read (<see cref="ReadAccess"/>: the reports it made), and a case it may not read is answered
/// exactly as a missing one.</summary>
public static class RequestReading
{
    public static async Task<IResult> List(string format, HttpRequest request, AuthSettings settings, IGrainFactory grains, TimeProvider clock)
    {
        var (asked, system, district, refused) = await Admit(format, request, settings, grains);
        if (refused is not null) return refused;
        var query = new RequestsQuery(request.Query, district, clock.GetUtcNow());
        if (query.Faults.Count > 0) return Errors.BadRequest(asked, query.Faults);
        var services = await ServicesByCode(grains);
        if (query.ServiceCode is { } code && !services.ContainsKey(code))
            return Errors.NotFound(asked, $"service_code '{code}' is not a service of this endpoint");

        var found = query.Ids is { } ids
            ? (await Task.WhenAll(ids.Select(id => Readable(id, system!, district, grains)))).OfType<ServiceRequest>().ToList()
            : await Listed(query.Query, system!, grains);
        return new Answer(Tree.List("service_requests", found.Select(r => r.Element(services))), asked);
    }

    public static async Task<IResult> One(string id, string format, HttpRequest request, AuthSettings settings, IGrainFactory grains)
    {
        var (asked, system, district, refused) = await Admit(format, request, settings, grains);
        if (refused is not null) return refused;
        return await Readable(id, system!, district, grains) is { } found
            ? new Answer(Tree.List("service_requests", [found.Element(await ServicesByCode(grains))]), asked)
            : Errors.NotFound(asked, $"no service request {id}");
    }

    /// <summary>A token is the key a report was filed under, so it names its case only for the system that filed it.</summary>
    public static async Task<IResult> Token(string token, string format, HttpRequest request, AuthSettings settings, IGrainFactory grains)
    {
        var (asked, system, district, refused) = await Admit(format, request, settings, grains);
        if (refused is not null) return refused;
        var found = CommandKeys.Problem(token) is null ? await Readable(CommandKeys.IncidentIdFor(system!, token), system!, district, grains) : null;
        return found is not null
            ? new Answer(Tree.List("service_requests", [Tree.Object("request", Tree.Text("service_request_id", found.Id), Tree.Text("token", token))]), asked)
            : Errors.NotFound(asked, $"no token {token}");
    }

    /// <summary>The format, the calling system and its district; or the answer refusing them.</summary>
    private static async Task<(Format Format, Actor? System, string? District, IResult? Refused)> Admit(
        string format, HttpRequest request, AuthSettings settings, IGrainFactory grains)
    {
        var (asked, unknown) = Open311Api.FormatOf(format);
        if (unknown is not null) return (asked, null, null, unknown);
        var (system, keyFault) = Caller.System(request, settings);
        if (keyFault is not null) return (asked, null, null, Errors.Of(asked, keyFault));
        var (district, fault) = await Caller.District(Submission.Value(request.Query[Jurisdiction.Field]), system, grains);
        return (asked, system, district, fault is null ? null : Errors.Of(asked, fault));
    }

    private static async Task<ServiceRequest?> Readable(string id, Actor system, string? district, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return null;
        var view = await grains.GetGrain<IIncidentGrain>(id).Get();
        return view is not null && system.MayRead(view) && (district is null || AreaCode.Contains(district, view.GridCode))
            ? ServiceRequest.Of(view)
            : null;
    }

    /// <summary>Newest first, page after page of the case list, up to <see cref="RequestsQuery.MaxResults"/>.</summary>
    private static async Task<List<ServiceRequest>> Listed(CaseQuery query, Actor system, IGrainFactory grains)
    {
        var lists = grains.GetGrain<ICaseQueryGrain>(0);
        var found = new List<ServiceRequest>();
        for (CaseKey? after = null; found.Count < RequestsQuery.MaxResults;)
        {
            var page = await lists.Query(query with { After = after, Limit = Math.Min(CaseQuery.MaxLimit, RequestsQuery.MaxResults - found.Count) }, system);
            found.AddRange(page.Items.Select(ServiceRequest.Of));
            if (page.Next is not { } next) break;
            after = next;
        }
        return found;
    }

    private static async Task<IReadOnlyDictionary<string, Service>> ServicesByCode(IGrainFactory grains) =>
        (await Services.All(grains)).ToDictionary(s => s.Code);
}
