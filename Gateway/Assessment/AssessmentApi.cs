using System.Security.Claims;
using GridActors.Assessment;
using GridActors.Gateway.Areas;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;

namespace GridActors.Gateway.Assessment;

/// <summary>考核评价 over HTTP: an area's KPIs for a period as JSON, CSV or XLSX, its grid operation
/// compliance alone, and the versioned formula sets. Reports are for the command centres of the
/// area (operators, supervisors, admins): a worker or department sees its own figures in its area's
/// report, which its command centre hands on.</summary>
public static class AssessmentApi
{
    public static IEndpointRouteBuilder MapAssessment(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/assessment").RequireAuthorization().WithTags("Assessment");
        api.MapGet("/", Report)
            .WithSummary("An area's KPIs, composite scores, grades and rankings for [from, to), as JSON, CSV (Accept: text/csv or format=csv) or XLSX (format=xlsx or its media type); command centres of the area");
        api.MapGet("/compliance", Compliance)
            .WithSummary("Grid operation compliance (规范达标率) of an area for [from, to): compliant grid-days over grid-days");
        api.MapFormulaSets();
        return app;
    }

    private static async Task<IResult> Report(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var format = Format(request);
        if (format is null) return RefusalResults.Invalid("format", "json, csv or xlsx");
        var (query, problem) = AssessmentQuery.Read(request);
        if (problem is not null) return problem;
        if (AreaScope.Refused(user.Actor(), query!.Area, "the assessment") is { } refused) return refused;
        var report = await grains.GetGrain<IAssessmentGrain>(0).Report(query.Area, query.From, query.To, query.Formula);
        if (report is null) return RefusalResults.Invalid("formula", $"no formula set version {query.Formula}");
        var name = $"assessment-{query.Area}-{query.From.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}-{query.To.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}";
        return format switch
        {
            "csv" => TypedResults.File(AssessmentCsv.Write(report), AssessmentCsv.MediaType, name + ".csv"),
            "xlsx" => TypedResults.File(AssessmentXlsx.Write(report), AssessmentXlsx.MediaType, name + ".xlsx"),
            _ => TypedResults.Ok(AssessmentJson.Of(report)),
        };
    }

    private static async Task<IResult> Compliance(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (query, problem) = AssessmentQuery.Read(request);
        if (problem is not null) return problem;
        if (AreaScope.Refused(user.Actor(), query!.Area, "the assessment") is { } refused) return refused;
        return TypedResults.Ok(await grains.GetGrain<IAssessmentGrain>(0).Compliance(query.Area, query.From, query.To));
    }

    /// <summary><c>format=</c> wins; else the Accept header; else JSON.</summary>
    private static string? Format(HttpRequest request)
    {
        if (request.Query["format"] is { Count: > 0 } given)
        {
            var asked = given.ToString().ToLowerInvariant();
            return asked is "json" or "csv" or "xlsx" ? asked : null;
        }
        var accept = request.GetTypedHeaders().Accept;
        bool Asks(string mediaType) => accept.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
        return Asks(AssessmentXlsx.MediaType) ? "xlsx" : Asks(AssessmentCsv.MediaType) ? "csv" : "json";
    }
}
