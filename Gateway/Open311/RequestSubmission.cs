using GridActors.Gateway.Auth;
using GridActors.Gateway.Incidents;

namespace GridActors.Gateway.Open311;

/// <summary><c>POST requests</c>: a form-encoded report, filed the way every report is
/// (<see cref="ReportFiling"/>). Every report is routed at once, so the answer always carries the
/// <c>service_request_id</c>; it carries a <c>token</c> as well, which finds the case again through
/// <c>tokens/{token}</c> should the answer be lost. The token is the request's <c>Idempotency-Key</c>
/// when it has one (so a retry with the same key lands on the same case), else a fresh one: without
/// the header each POST is a new report, as the spec has it.</summary>
public static class RequestSubmission
{
    public static async Task<IResult> Post(string format, HttpRequest request, AuthSettings settings, IGrainFactory grains, TimeProvider clock)
    {
        var (asked, unknown) = Open311Api.FormatOf(format);
        if (unknown is not null) return unknown;
        if (!request.HasFormContentType)
            return Errors.BadRequest(asked, "send the request form-encoded: application/x-www-form-urlencoded");
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var (system, keyFault) = Caller.System(request, settings, form);
        if (keyFault is not null) return Errors.Of(asked, keyFault);
        var (_, fault) = await Caller.District(Submission.One(form, Jurisdiction.Field), system, grains);
        if (fault is not null) return Errors.Of(asked, fault);

        if (Submission.One(form, "service_code") is not { } code) return Errors.BadRequest(asked, "service_code is required");
        if ((await Services.All(grains)).FirstOrDefault(s => s.Code == code) is not { } service)
            return Errors.NotFound(asked, $"service_code '{code}' is not a service of this endpoint");
        string? key = request.Headers[CommandKeys.Header];
        if (CommandKeys.Problem(key) is { } keyProblem) return Errors.BadRequest(asked, keyProblem);
        var (report, faults) = Submission.Read(form, service);
        if (report is null) return Errors.BadRequest(asked, faults);

        var token = key ?? Guid.NewGuid().ToString("N");
        var filed = await ReportFiling.File(report, token, system!, grains, clock);
        if (filed.Refusal is { } refusal) return Errors.Of(asked, Refusals.Fault(refusal));
        if (filed.Result!.AlreadyApplied && !ReportFiling.IsSameReport(filed.View!, filed.Report))
            return Errors.BadRequest(asked, $"{CommandKeys.Header} '{key}' was already used for a different report");
        return new Answer(Tree.List("service_requests",
            [Tree.Object("request", Tree.Text("service_request_id", filed.Id), Tree.Text("token", token), Tree.Text("service_notice", null), Tree.Text("account_id", null))]),
            asked, filed.Result.AlreadyApplied ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }
}
