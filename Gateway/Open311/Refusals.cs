namespace GridActors.Gateway.Open311;

/// <summary>A refused report told in Open311's terms: the field by its form name, and only the
/// statuses the spec uses (a refusal for the case's state is a bad request here).</summary>
public static class Refusals
{
    private static readonly Dictionary<string, string> FormNames = new(StringComparer.Ordinal)
    {
        ["location"] = "lat/long",
        ["gridCode"] = "address_id",
        ["title"] = "description",
        ["address"] = "address_string",
        ["category"] = "service_code",
    };

    public static Fault Fault(Refusal refusal) => refusal.Code switch
    {
        RefusalCode.NotPermitted => new Fault(StatusCodes.Status403Forbidden, refusal.Reason),
        RefusalCode.NotFound => new Fault(StatusCodes.Status404NotFound, refusal.Reason),
        _ when refusal.Field is { } field => new Fault(StatusCodes.Status400BadRequest, $"{FormNames.GetValueOrDefault(field, field)}: {refusal.Reason}"),
        _ => new Fault(StatusCodes.Status400BadRequest, refusal.Reason),
    };
}
