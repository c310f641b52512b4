using GridActors.Incidents;

namespace GridActors.Gateway.Problems;

/// <summary>A grain's typed refusal as an RFC 9457 problem: input faults as validation problems
/// naming the field, the rest with the status their code maps to.</summary>
public static class RefusalResults
{
    public static IResult ToProblem(this Refusal refusal) => refusal.Code switch
    {
        RefusalCode.Invalid => TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [refusal.Field ?? "body"] = [refusal.Reason] },
            title: "The request is not valid"),
        _ => TypedResults.Problem(
            detail: refusal.Reason,
            statusCode: refusal.Code switch
            {
                RefusalCode.NotFound => StatusCodes.Status404NotFound,
                RefusalCode.NotPermitted => StatusCodes.Status403Forbidden,
                RefusalCode.VersionMismatch => StatusCodes.Status412PreconditionFailed,
                _ => StatusCodes.Status409Conflict,
            },
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code.ToString() }),
    };

    public static IResult Invalid(string field, string reason) => Refusal.Invalid(field, reason).ToProblem();

    /// <summary>A route's <c>{code}</c> that is no grid code.</summary>
    public static IResult NotAGridCode() => Invalid("code", Expected.GridCode);

    /// <summary>A route's <c>{code}</c> that is no area code (district, town, village or grid).</summary>
    public static IResult NotAnAreaCode() => Invalid("code", Expected.AreaCode);

    public static IResult Forbidden(string reason) => Refusal.NotPermitted(reason).ToProblem();

    public static IResult NotFound(string reason) => Refusal.NotFound(reason).ToProblem();

    /// <summary>A validation problem naming the field, with a status other than 400 (415, 413, …).</summary>
    public static IResult FieldProblem(int status, string field, string reason, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = status,
            Title = title,
        });
}
